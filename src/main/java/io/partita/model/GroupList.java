package io.partita.model;

import java.util.List;

/**
 * The whole groups list and what could not be read while listing it.
 *
 * @param problems e.g. a broker that did not answer the listing; empty when the list is complete
 */
public record GroupList(List<GroupSummary> groups, List<String> problems) {

    public GroupList {
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }
}
