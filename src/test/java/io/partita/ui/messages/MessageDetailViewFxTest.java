package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.ui.common.Styling;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane on headless Monocle: tabs other than Value are made when first looked at, and then show. */
@ExtendWith(ApplicationExtension.class)
class MessageDetailViewFxTest {

    private final MessageDetailViewModel vm = new MessageDetailViewModel(new DirectTaskRunner(), text -> { });
    private MessageDetailView view;

    @Start
    void start(Stage stage) {
        view = new MessageDetailView(vm);
        Scene scene = new Scene(view, 700, 600);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Tab tab(String id) {
        return view.lookupAll(".tab-pane").stream().map(n -> (TabPane) n).flatMap(p -> p.getTabs().stream())
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    @Test
    void theKeyAndHexTabsAreMadeWhenFirstSelectedAndShowTheSelectedRecord(FxRobot robot) {
        robot.interact(() -> vm.select(List.of(Messages.json(2, 41, Map.of("id", 7)))));
        assertThat(tab("detail-key").getContent()).isNull();
        assertThat(tab("detail-hex").getContent()).isNull();
        assertThat(tab("detail-value").getContent()).isNotNull();

        robot.interact(() -> tab("detail-key").getTabPane().getSelectionModel().select(tab("detail-key")));
        WaitForAsyncUtils.waitForFxEvents();

        CodeArea key = (CodeArea) view.lookup("#keyText");
        assertThat(key).isNotNull();
        assertThat(key.getText()).isEqualTo(vm.keyTextProperty().get()).isNotEmpty();
        assertThat(tab("detail-hex").getContent()).isNull();

        robot.interact(() -> vm.select(List.of(Messages.text(9, "plain"))));
        assertThat(key.getText()).isEqualTo(vm.keyTextProperty().get());
    }

    @Test
    void selectingTwoRecordsOpensTheDiffTabWithItsText(FxRobot robot) {
        robot.interact(() -> vm.select(List.of(Messages.json(0, 1, Map.of("status", "NEW")),
                Messages.json(0, 2, Map.of("status", "PAID")))));
        WaitForAsyncUtils.waitForFxEvents();

        Tab diff = tab("detail-diff");
        assertThat(diff.isSelected()).isTrue();
        CodeArea text = (CodeArea) view.lookup("#diffText");
        assertThat(text.getText()).contains("NEW").contains("PAID");
    }
}
