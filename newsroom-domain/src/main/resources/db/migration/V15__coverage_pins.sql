-- Newsroom schema, version 15: stories a chief editor pins to the top of a coverage, in the
-- order chosen (position 1 first); the rest of the coverage follows newest first.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both understand.
create sequence coverage_pin_seq start with 1 increment by 50;
create table coverage_pin (
    id          bigint  not null primary key,
    coverage_id bigint  not null references coverage (id) on delete cascade,
    article_id  bigint  not null references article (id) on delete cascade,
    position    integer not null,
    constraint coverage_pin_story_unique unique (coverage_id, article_id)
);
-- Only a story in the coverage can be pinned, and it loses the pin when it leaves: the domain
-- guards both (Coverage.pin, Article.leaveCoverage and classify). A foreign key to
-- article_coverage with on delete cascade was tried and dropped: Hibernate deletes the
-- membership row before the pin row in the same flush, and then finds the pin already gone.
-- No unique (coverage_id, position): moving a pin swaps two positions one row at a time.
