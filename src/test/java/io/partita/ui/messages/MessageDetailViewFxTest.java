package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.model.KafkaMessage.TimestampType;
import io.partita.model.SchemaRef;
import io.partita.ui.common.Styling;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane on headless Monocle: tabs other than Value are made when first looked at, and then show. */
@ExtendWith(ApplicationExtension.class)
class MessageDetailViewFxTest {

    /**
     * The FX thread's part of opening a 20 MB value (select, then CSS and layout of the pane) took 0.9–1.5 s with
     * the machine's 2 cores busy (load ≈ 6.7); the bound only catches a pane that renders far more than it shows.
     */
    private static final Duration OPEN_BOUND = Duration.ofSeconds(5);

    /** Show all renders on a worker, as in the app; the copy buttons go through the app's own clipboard code. */
    private final TaskRunner runner = FxTaskRunners.create();
    private final MessageDetailViewModel vm = new MessageDetailViewModel(runner, MessagesFeature::copy);
    private MessageDetailView view;

    @Start
    void start(Stage stage) {
        view = new MessageDetailView(vm);
        Scene scene = new Scene(view, 700, 600);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeRunner() {
        runner.close();
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

    @Test
    void theMetadataTabShowsTheValuesSchemaSizesAndTimestampType(FxRobot robot) {
        robot.interact(() -> vm.select(List.of(Messages.avro(5, TimestampType.LOG_APPEND_TIME,
                "order-17".getBytes(StandardCharsets.UTF_8), Map.of("id", 17), new SchemaRef(7, "orders-value", 2)))));
        robot.interact(() -> tab("detail-metadata").getTabPane().getSelectionModel().select(tab("detail-metadata")));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cells = view.lookup("#metadataTable").lookupAll(".table-row-cell").stream()
                .map(row -> row.lookupAll(".table-cell").stream().map(c -> ((Labeled) c).getText())
                        .collect(Collectors.joining(" = ")))
                .toList();
        assertThat(cells).contains("Timestamp type = log append time", "Key = text, 8 B", "Value = avro, 120 B",
                "Value schema id = 7", "Value subject = orders-value", "Value schema version = 2");
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private static void clipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Test
    void theCopyButtonsPutTheKeyValueAndRecordOnTheSystemClipboard(FxRobot robot) throws Exception {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", 17);
        order.put("status", "PAID");
        robot.interact(() -> {
            clipboard("before");
            vm.select(List.of(Messages.avro(5, TimestampType.CREATE_TIME, "order-17".getBytes(StandardCharsets.UTF_8),
                    order, new SchemaRef(7, "orders-value", 2))));
        });
        assertThat(clipboard()).isEqualTo("before");

        robot.clickOn("#copyKey");
        assertThat(clipboard()).isEqualTo("order-17");
        robot.clickOn("#copyValue");
        assertThat(clipboard()).isEqualTo("{\n  \"id\" : 17,\n  \"status\" : \"PAID\"\n}")
                .isEqualTo(vm.valueTextProperty().get());
        robot.clickOn("#copyRecord");
        assertThat(clipboard()).startsWith("{\n  \"topic\" : \"orders\"").contains("\"key\" : \"order-17\"")
                .contains("\"valueSchemaId\" : 7");
    }

    @Test
    void theCopyButtonsAreDisabledUntilAMessageIsSelected(FxRobot robot) {
        List<Node> copies = List.of(view.lookup("#copyKey"), view.lookup("#copyValue"), view.lookup("#copyRecord"));
        assertThat(copies).allMatch(Node::isDisabled);
        robot.interact(() -> vm.select(List.of(Messages.text(1, "plain"))));
        assertThat(copies).noneMatch(Node::isDisabled);
    }

    private static int rows(String oneLine) {
        return (oneLine.length() + TextPane.FOLD - 1) / TextPane.FOLD;
    }

    @Test
    void aTwentyMegabyteValueOpensCutAndShowAllShowsItWhole(FxRobot robot) {
        String huge = "x".repeat(20 * 1024 * 1024);
        long[] opening = new long[1];
        robot.interact(() -> {
            long start = System.nanoTime();
            vm.select(List.of(Messages.text(1, huge)));
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            opening[0] = System.nanoTime() - start;
        });
        assertThat(Duration.ofNanos(opening[0])).isLessThan(OPEN_BOUND);

        CodeArea value = (CodeArea) view.lookup("#valueText");
        Button showAll = (Button) view.lookup("#showAll");
        assertThat(value.getText()).isEqualTo(TextPane.fold(huge.substring(0, MessageDetailViewModel.SHOWN_CHARS),
                TextPane.FOLD));
        assertThat(value.getParagraphs()).hasSize(MessageDetailViewModel.SHOWN_CHARS / TextPane.FOLD + 1);
        assertThat(showAll.isVisible() && showAll.getParent().isVisible()).isTrue();
        assertThat(showAll.isDisabled()).isFalse();

        robot.clickOn(showAll);
        try {
            // The one line is shown folded into rows of FOLD characters, each a paragraph of the area.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> value.getParagraphs().size() == rows(huge));
        } catch (TimeoutException e) {
            throw new AssertionError("Show all left " + value.getLength() + " of " + huge.length() + " chars", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // Compared as a boolean: a failing isEqualTo would print two 20 MB strings (past the tests' 1 GB heap).
        assertThat(value.getText().replace("\n", "").equals(huge)).as("the text area holds the whole value").isTrue();
        assertThat(value.getParagraphs()).allMatch(p -> p.length() <= TextPane.FOLD);
        assertThat(showAll.getParent().isVisible()).as("the banner goes once all is shown").isFalse();
    }
}
