-- Every change on the breaking channel (an item posted, edited, retracted or expired; a
-- live entry added, edited or removed) gets its own row and id, so a reader that
-- reconnects with Last-Event-ID is replayed exactly the changes it missed.
-- Increment 1: ids are handed out in the order changes are made, on every node.
create sequence channel_event_seq start with 1 increment by 1;
create table channel_event (
    id          bigint      not null primary key,
    edition     varchar(2)  not null,
    type        varchar(30) not null,
    item_id     bigint,
    article_id  bigint,
    entry_id    bigint,
    occurred_at timestamp(6) with time zone not null
);
create index channel_event_edition_idx on channel_event (edition, id);
create index channel_event_article_idx on channel_event (article_id, id);

-- Set once the expiry of an item has been announced (by whichever node got there first).
alter table breaking_item add column expiry_announced boolean default false not null;
