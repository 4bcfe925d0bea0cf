-- Newsroom schema, version 8: the console's article editor (issue 6).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both understand.

-- Short-lived links to preview an unpublished story on the reader site (staff only).
create table preview_pass (
    token      varchar(64)  not null primary key,
    article_id bigint       not null references article (id),
    issued_to  varchar(60)  not null,
    expires_at timestamp(6) with time zone not null
);
create index preview_pass_expires_idx on preview_pass (expires_at);

-- Autocomplete in the editor: tags by name within an edition, stories by headline.
create index tag_edition_name_idx on tag (edition, name);
