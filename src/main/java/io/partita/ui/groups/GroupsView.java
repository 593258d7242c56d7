package io.partita.ui.groups;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The consumer groups tab: the list with detail, and the live lag chart, as two pages. */
public final class GroupsView extends TabPane {

    private final LagChartPane chartPane;
    private final GroupsViewModel vm;

    public GroupsView(GroupsViewModel vm) {
        this.vm = vm;
        setId("groupsView");
        getStylesheets().add(FxGroupDialogs.stylesheet());
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        chartPane = new LagChartPane(vm.chart());
        Tab list = new Tab("Groups", new GroupListPane(vm));
        list.setId("groupsPageList");
        list.setGraphic(new FontIcon(Material2AL.LIST));
        Tab chart = new Tab("Live lag", chartPane);
        chart.setId("groupsPageChart");
        chart.setGraphic(new FontIcon(Material2MZ.SHOW_CHART));
        getTabs().addAll(list, chart);
        vm.pageProperty().addListener((obs, old, page) ->
                getSelectionModel().select(page == GroupsViewModel.Page.CHART ? chart : list));
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                vm.pageProperty().set(tab == chart ? GroupsViewModel.Page.CHART : GroupsViewModel.Page.LIST));
    }

    public GroupsViewModel viewModel() {
        return vm;
    }

    /** The chart node: tests and benchmarks read its draw timings. */
    public LagChart chart() {
        return chartPane.chart();
    }
}
