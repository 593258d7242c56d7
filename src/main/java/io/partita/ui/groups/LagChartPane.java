package io.partita.ui.groups;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.CatchUp;
import io.partita.model.SeriesDetail;
import io.partita.ui.common.Bind;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The live lag chart with its controls above and, below, each group's lag, rates and time to catch up. */
final class LagChartPane extends VBox {

    private final LagChart chart = new LagChart();

    LagChartPane(LagChartViewModel vm) {
        setId("lagChartPane");
        chart.setId("lagChart");
        chart.setFrame(vm.frameProperty().get());
        vm.frameProperty().addListener((obs, old, frame) -> chart.setFrame(frame));
        vm.setSnapshot(this::capture);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("chartError");
        Label status = new Label();
        status.setId("chartStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox chartBox = new VBox(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chartBox.setStyle("-fx-padding: 0 12 8 12;");
        SplitPane split = new SplitPane(chartBox, statsTable(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label exported = new Label();
        exported.setId("chartExported");
        exported.textProperty().bind(vm.exportedProperty());
        exported.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(status, gap, exported);
        footer.setStyle("-fx-padding: 4 12 6 12;");
        getChildren().addAll(toolbar(vm), error, split, footer);
    }

    LagChart chart() {
        return chart;
    }

    private ChartImage capture() {
        WritableImage image = chart.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return new ChartImage(w, h, pixels);
    }

    private static HBox toolbar(LagChartViewModel vm) {
        ComboBox<String> group = new ComboBox<>(vm.suggestions());
        group.setId("chartGroupInput");
        group.setEditable(true);
        group.setPromptText("Group to chart");
        group.setPrefWidth(220);
        group.getEditor().textProperty().bindBidirectional(vm.groupToAddProperty());
        group.getEditor().setOnAction(e -> vm.addCommand().execute());
        Button add = Bind.command(new Button("Add", new FontIcon(Material2AL.ADD)), vm.addCommand());
        add.setId("addChartGroup");
        ChoiceBox<Duration> period = durations(LagChartViewModel.PERIODS, vm.periodProperty(), "chartPeriod");
        ChoiceBox<Duration> window = durations(LagChartViewModel.WINDOWS, vm.windowProperty(), "chartWindow");
        Button pause = Bind.command(new Button(), vm.pauseCommand());
        pause.setId("pauseChart");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(vm.pausedProperty().get()
                ? Material2MZ.PLAY_ARROW : Material2MZ.PAUSE), vm.pausedProperty()));
        Button csv = Bind.command(new Button("CSV", new FontIcon(Material2AL.GET_APP)), vm.exportCsvCommand());
        csv.setId("exportCsv");
        Button png = Bind.command(new Button("PNG", new FontIcon(Material2AL.IMAGE)), vm.exportPngCommand());
        png.setId("exportPng");
        for (Button b : new Button[] {add, pause, csv, png}) {
            b.getStyleClass().add(Styles.BUTTON_OUTLINED);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(group, add, new Separator(Orientation.VERTICAL), muted("Sample every"), period,
                muted("Window"), window, pause, spacer, muted("Export"), csv, png);
        bar.getStyleClass().add("groups-toolbar");
        return bar;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static ChoiceBox<Duration> durations(java.util.List<Duration> choices,
                                                 javafx.beans.property.ObjectProperty<Duration> value, String id) {
        ChoiceBox<Duration> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : LagChartViewModel.label(d);
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TableView<LagStatsRow> statsTable(LagChartViewModel vm) {
        TableView<LagStatsRow> table = new TableView<>(vm.rows());
        table.setId("lagStatsTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.getColumns().add(groupColumn());
        table.getColumns().add(detailColumn(vm));
        table.getColumns().add(Columns.text("Lag", 120, LagStatsRow::lag));
        table.getColumns().add(Columns.text("Consumption", 125, LagStatsRow::consumeRate));
        table.getColumns().add(Columns.text("Production", 115, LagStatsRow::produceRate));
        table.getColumns().add(catchUpColumn());
        table.getColumns().add(removeColumn(vm));
        table.setPlaceholder(new Label("Pick a group above (or \"Chart lag\" on a group) to start sampling"));
        table.setMinHeight(110);
        return table;
    }

    private static TableColumn<LagStatsRow, LagStatsRow> groupColumn() {
        TableColumn<LagStatsRow, LagStatsRow> column = new TableColumn<>("Group");
        column.setPrefWidth(240);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LagStatsRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region swatch = new Region();
                swatch.getStyleClass().add("colour-swatch");
                swatch.setStyle("-fx-background-color: " + web(LagChart.PALETTE[row.colour()
                        % LagChart.PALETTE.length]) + ";");
                setGraphic(swatch);
                setText(row.problem() == null ? row.group() : row.group() + "  ⚠ " + row.problem());
            }
        });
        return column;
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }

    private static TableColumn<LagStatsRow, LagStatsRow> detailColumn(LagChartViewModel vm) {
        TableColumn<LagStatsRow, LagStatsRow> column = new TableColumn<>("Series");
        column.setPrefWidth(140);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ChoiceBox<SeriesDetail> choice = detailChoice();

            @Override
            protected void updateItem(LagStatsRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                choice.setOnAction(null);
                choice.setValue(row.detail());
                choice.setOnAction(e -> vm.setDetail(row.group(), choice.getValue()));
                setGraphic(choice);
            }
        });
        return column;
    }

    private static ChoiceBox<SeriesDetail> detailChoice() {
        ChoiceBox<SeriesDetail> choice = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                SeriesDetail.values()));
        choice.getStyleClass().add("detail-choice");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SeriesDetail d) {
                return d == null ? "" : switch (d) {
                    case TOTAL -> "Total";
                    case TOPICS -> "Per topic";
                    case PARTITIONS -> "Per partition";
                };
            }

            @Override
            public SeriesDetail fromString(String s) {
                return null;
            }
        });
        return choice;
    }

    private static TableColumn<LagStatsRow, LagStatsRow> catchUpColumn() {
        TableColumn<LagStatsRow, LagStatsRow> column = new TableColumn<>("Catch-up");
        column.setPrefWidth(140);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LagStatsRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("catch-up-falling", "catch-up-good");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.catchUp());
                if (row.status() == CatchUp.Status.FALLING_BEHIND || row.status() == CatchUp.Status.STALLED) {
                    getStyleClass().add("catch-up-falling");
                } else if (row.status() == CatchUp.Status.CAUGHT_UP || row.status() == CatchUp.Status.KEEPING_UP) {
                    getStyleClass().add("catch-up-good");
                }
            }
        });
        return column;
    }

    private static TableColumn<LagStatsRow, LagStatsRow> removeColumn(LagChartViewModel vm) {
        TableColumn<LagStatsRow, LagStatsRow> column = new TableColumn<>("");
        column.setPrefWidth(44);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button remove = new Button("", new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));

            {
                remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(LagStatsRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                remove.setOnAction(e -> vm.remove(row.group()));
                setGraphic(remove);
            }
        });
        return column;
    }
}
