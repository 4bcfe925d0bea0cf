-- Newsroom schema, version 10: the console's administration screens (users, taxonomy, site).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both understand.

-- The desks a member of staff works on: their review queues ("my desk" on the dashboard).
create table staff_desk (
    staff_user_id bigint      not null references staff_user (id),
    desk          varchar(40) not null,
    primary key (staff_user_id, desk)
);

-- An edition's name and slogan as edited in the console; without a row the reader site's bundles speak.
create table edition_settings (
    edition    varchar(2)   not null primary key,
    version    bigint       not null,
    name       varchar(80)  not null,
    slogan     varchar(200),
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(60)  not null
);

-- The edited about, contact and privacy pages: sanitized HTML, one per edition and name.
create sequence static_page_seq start with 1 increment by 50;
create table static_page (
    id         bigint        not null primary key,
    version    bigint        not null,
    edition    varchar(2)    not null,
    name       varchar(20)   not null,
    title      varchar(120)  not null,
    body       varchar(20000) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(60)   not null,
    constraint static_page_name_unique unique (edition, name)
);
