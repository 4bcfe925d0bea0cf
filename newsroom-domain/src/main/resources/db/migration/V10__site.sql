-- Newsroom schema, version 10: the console's administration screens (users, taxonomy, site).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both understand.

-- The desks a member of staff works on: their review queues ("my desk" on the dashboard).
create table staff_desk (
    staff_user_id bigint      not null references staff_user (id),
    desk          varchar(40) not null,
    primary key (staff_user_id, desk)
);
