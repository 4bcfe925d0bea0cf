-- Reads per article per hour, filled by the in-memory counter every few seconds;
-- "most read" sums the last 48 hours. Old buckets can be deleted at will.
create table article_read_hourly (
    article_id bigint                   not null references article (id) on delete cascade,
    hour_start timestamp(6) with time zone not null,
    reads      bigint                   not null,
    primary key (article_id, hour_start)
);
create index article_read_hourly_hour_idx on article_read_hourly (hour_start);
