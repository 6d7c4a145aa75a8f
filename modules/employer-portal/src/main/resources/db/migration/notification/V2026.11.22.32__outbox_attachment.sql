-- A mail may carry one text file: the appointment file (iCalendar) of a booking confirmation, move or
-- cancellation. It is kept with the mail, so that a retry sends exactly the file that was written, and removed
-- with it by the retention clean-up. Mails without a file leave the columns empty.
-- Portable SQL: the same migration runs on H2 (embedded default) and PostgreSQL (production).

alter table notification_outbox add column attachment_name varchar(100);
alter table notification_outbox add column attachment_type varchar(100);
alter table notification_outbox add column attachment_content varchar(20000);
