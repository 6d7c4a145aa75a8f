package de.welcomeportal.portal.precheck;

import java.util.List;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's grid sorts in the database: its column keys become case file properties, and nothing else does. */
class ReviewQueueSortTest {

    @Test
    void grid_columns_become_case_file_properties_with_the_reference_as_tie_breaker() {
        assertThat(ReviewQueueView.sortFrom(List.of(new QuerySortOrder("company", SortDirection.ASCENDING),
                new QuerySortOrder("submitted", SortDirection.DESCENDING))))
                .isEqualTo(Sort.by(Sort.Order.asc("companyName"), Sort.Order.desc("confirmedAt"), Sort.Order.asc("reference")));
        assertThat(ReviewQueueView.sortFrom(List.of(new QuerySortOrder("reference", SortDirection.DESCENDING))))
                .isEqualTo(Sort.by(Sort.Order.desc("reference")));
    }

    @Test
    void unknown_columns_are_ignored_and_no_order_keeps_the_services_default() {
        assertThat(ReviewQueueView.sortFrom(List.of(new QuerySortOrder("tokenHash", SortDirection.ASCENDING))))
                .isEqualTo(Sort.unsorted());
        assertThat(ReviewQueueView.sortFrom(List.of())).isEqualTo(Sort.unsorted());
    }
}
