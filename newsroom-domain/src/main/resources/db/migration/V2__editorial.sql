-- Newsroom schema, version 2: the editorial engine (issue 5).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both understand.

create sequence audit_entry_seq start with 1 increment by 50;
create sequence edit_lease_seq start with 1 increment by 50;

-- Append-only: the application only ever inserts here (no update or delete path exists).
create table audit_entry (
    id          bigint        not null primary key,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(60)   not null,
    action      varchar(40)   not null,
    article_id  bigint,
    detail      varchar(1000)
);
create index audit_entry_article_idx on audit_entry (article_id, occurred_at);
-- Sign-in throttling counts recent failures of one user name.
create index audit_entry_actor_action_idx on audit_entry (actor, action, occurred_at);

-- Which desk a story belongs to (its review queue) and who is asked to work on it.
alter table article add column desk varchar(40);
alter table article add column assignee varchar(60);
create index article_desk_status_idx on article (desk, status);

-- Who is editing a story right now. One row per story at most; it expires by itself.
create table edit_lease (
    id          bigint       not null primary key,
    version     bigint       not null,
    article_id  bigint       not null references article (id),
    holder      varchar(60)  not null,
    acquired_at timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    -- The holder's unsaved text, sent with each heartbeat, so a take-over keeps it as a revision.
    draft_headline varchar(200),
    draft_summary  varchar(600),
    draft_body     varchar(200000),
    constraint edit_lease_article_unique unique (article_id)
);

-- Notes between writer and editor on a story (a request for changes is one of them).
create sequence article_comment_seq start with 1 increment by 50;
create table article_comment (
    id         bigint        not null primary key,
    article_id bigint        not null references article (id),
    author     varchar(60)   not null,
    posted_at  timestamp(6) with time zone not null,
    text       varchar(2000) not null
);
create index article_comment_article_idx on article_comment (article_id, posted_at);
