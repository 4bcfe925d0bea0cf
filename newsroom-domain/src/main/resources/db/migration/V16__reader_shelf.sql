-- Newsroom schema, version 16: the reader shelf, one narrow row per published story, written in
-- the same transaction as the editorial change that alters what readers see (ReaderShelf). Every
-- list a reader sees is one range scan of one of these indexes with a limit, whatever the size of
-- the archive; the bodies stay in article. Written in the SQL that PostgreSQL and H2
-- (MODE=PostgreSQL) both understand.
--
-- H2 reads an index in order and stops at the limit only when the ORDER BY names the index's
-- columns from the first one; the queries (ReaderCatalog) therefore repeat the equality columns
-- in their ORDER BY, which changes nothing for PostgreSQL.
create table reader_story (
    id                bigint       not null primary key,
    edition           varchar(2)   not null,
    section_id        bigint       not null,
    -- The top-level section: the section itself, or its parent for a subsection.
    top_section_id    bigint       not null,
    kind              varchar(20)  not null,
    headline          varchar(200) not null,
    slug              varchar(80)  not null,
    summary           varchar(600),
    lead_media_id     bigint,
    translation_group varchar(36)  not null,
    published_at      timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone,
    constraint reader_story_slug_unique unique (edition, slug)
);
create index reader_story_edition_newest on reader_story (edition, published_at desc, id desc);
create index reader_story_kind_newest on reader_story (edition, kind, published_at desc, id desc);
create index reader_story_section_newest on reader_story (section_id, published_at desc, id desc);
create index reader_story_top_newest on reader_story (top_section_id, published_at desc, id desc);
create index reader_story_all_newest on reader_story (published_at desc, id desc);
create index reader_story_translation on reader_story (translation_group);

-- A published story's regions (R), tags (T), coverages (C) and authors (A), each list newest first.
-- The edition is repeated so an author's list of one edition is one range too.
create table reader_story_term (
    story_id     bigint     not null,
    term_kind    varchar(1) not null,
    term_id      bigint     not null,
    edition      varchar(2) not null,
    published_at timestamp(6) with time zone not null,
    primary key (story_id, term_kind, term_id)
);
create index reader_story_term_newest on reader_story_term (term_kind, term_id, edition, published_at desc, story_id desc);

-- How many stories each list holds, kept with the rows above, so a pager never counts the archive.
-- Keys: edition:EN, top:ID, section:ID, R:ID:EN, T:ID:EN, C:ID:EN, A:ID:EN (editions as stored: EN, AR, ES).
create table reader_list_size (
    list_key varchar(60) not null primary key,
    stories  bigint      not null
);

-- What is published today.
insert into reader_story (id, edition, section_id, top_section_id, kind, headline, slug, summary, lead_media_id,
                          translation_group, published_at, updated_at)
select a.id, a.edition, a.section_id, coalesce(s.parent_id, s.id), a.kind, a.headline, a.slug, a.summary,
       a.lead_media_id, a.translation_group, a.published_at, a.updated_at
from article a join section s on s.id = a.section_id
where a.status = 'PUBLISHED';

insert into reader_story_term (story_id, term_kind, term_id, edition, published_at)
select r.id, 'R', x.region_id, r.edition, r.published_at from article_region x join reader_story r on r.id = x.article_id;
insert into reader_story_term (story_id, term_kind, term_id, edition, published_at)
select r.id, 'T', x.tag_id, r.edition, r.published_at from article_tag x join reader_story r on r.id = x.article_id;
insert into reader_story_term (story_id, term_kind, term_id, edition, published_at)
select r.id, 'C', x.coverage_id, r.edition, r.published_at from article_coverage x join reader_story r on r.id = x.article_id;
insert into reader_story_term (story_id, term_kind, term_id, edition, published_at)
select distinct r.id, 'A', x.author_id, r.edition, r.published_at from article_author x join reader_story r on r.id = x.article_id;

insert into reader_list_size (list_key, stories)
select 'edition:' || edition, count(*) from reader_story group by edition;
insert into reader_list_size (list_key, stories)
select 'top:' || cast(top_section_id as varchar(20)), count(*) from reader_story group by top_section_id;
insert into reader_list_size (list_key, stories)
select 'section:' || cast(section_id as varchar(20)), count(*) from reader_story group by section_id;
insert into reader_list_size (list_key, stories)
select term_kind || ':' || cast(term_id as varchar(20)) || ':' || edition, count(*) from reader_story_term
group by term_kind, term_id, edition;
