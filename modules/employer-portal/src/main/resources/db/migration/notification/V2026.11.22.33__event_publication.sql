-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): each event for a
-- mail listener is stored in the transaction that publishes it, and marked done (deleted) when the listener has
-- written the mail to the outbox. A node killed in between leaves the row, which is resubmitted later.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(6) with time zone
);

create index ix_event_publication_completion_date on event_publication (completion_date);
create index ix_event_publication_status on event_publication (status, publication_date);
