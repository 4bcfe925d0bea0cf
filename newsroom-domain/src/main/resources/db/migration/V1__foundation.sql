-- Newsroom schema, version 1: editions are a column, not a table (the set is fixed by the product).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both understand.

create sequence taxonomy_seq start with 1 increment by 50;
create sequence author_seq start with 1 increment by 50;
create sequence staff_user_seq start with 1 increment by 50;
create sequence media_asset_seq start with 1 increment by 50;
create sequence media_rendition_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence gallery_image_seq start with 1 increment by 50;
create sequence live_entry_seq start with 1 increment by 50;
create sequence breaking_item_seq start with 1 increment by 50;
create sequence revision_seq start with 1 increment by 50;

create table section (
    id          bigint       not null primary key,
    edition     varchar(2)   not null,
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    parent_id   bigint       references section (id),
    position    integer      not null,
    constraint section_slug_unique unique (edition, slug)
);
create index section_parent_idx on section (parent_id);

create table region (
    id      bigint       not null primary key,
    edition varchar(2)   not null,
    slug    varchar(80)  not null,
    name    varchar(120) not null,
    constraint region_slug_unique unique (edition, slug)
);

create table tag (
    id      bigint       not null primary key,
    edition varchar(2)   not null,
    slug    varchar(80)  not null,
    name    varchar(120) not null,
    constraint tag_slug_unique unique (edition, slug)
);

create table coverage (
    id          bigint       not null primary key,
    edition     varchar(2)   not null,
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    description varchar(600),
    constraint coverage_slug_unique unique (edition, slug)
);

create table author (
    id             bigint       not null primary key,
    slug           varchar(80)  not null unique,
    name           varchar(120) not null,
    bio            varchar(600),
    staff_username varchar(60)
);

create table staff_user (
    id            bigint       not null primary key,
    version       bigint       not null,
    username      varchar(60)  not null unique,
    display_name  varchar(120) not null,
    password_hash varchar(400) not null,
    enabled       boolean      not null,
    created_at    timestamp(6) with time zone not null
);

create table staff_role (
    staff_user_id bigint      not null references staff_user (id),
    role          varchar(20) not null,
    primary key (staff_user_id, role)
);

create table media_asset (
    id           bigint       not null primary key,
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    width        integer      not null,
    height       integer      not null,
    alt_text     varchar(300),
    caption      varchar(400),
    credit       varchar(120),
    created_at   timestamp(6) with time zone not null
);

create table media_rendition (
    id           bigint      not null primary key,
    asset_id     bigint      not null references media_asset (id),
    width        integer     not null,
    height       integer     not null,
    content_type varchar(60) not null,
    bytes        bytea       not null
);
create index media_rendition_asset_idx on media_rendition (asset_id);

create table article (
    id                bigint        not null primary key,
    version           bigint        not null,
    edition           varchar(2)    not null,
    kind              varchar(20)   not null,
    status            varchar(20)   not null,
    headline          varchar(200)  not null,
    slug              varchar(80)   not null,
    summary           varchar(600),
    body              varchar(200000),
    source            varchar(200),
    word_count        integer       not null,
    section_id        bigint        not null references section (id),
    lead_media_id     bigint        references media_asset (id),
    video_url         varchar(500),
    translation_group varchar(36)   not null,
    correction_note   varchar(600),
    created_by        varchar(60)   not null,
    created_at        timestamp(6) with time zone not null,
    published_at      timestamp(6) with time zone,
    updated_at        timestamp(6) with time zone,
    publish_at        timestamp(6) with time zone,
    unpublish_at      timestamp(6) with time zone,
    embargo_until     timestamp(6) with time zone,
    constraint article_slug_unique unique (edition, slug)
);
-- The reader site's lists: latest of an edition, latest of a section, published only.
create index article_edition_status_published_idx on article (edition, status, published_at);
create index article_section_status_published_idx on article (section_id, status, published_at);
create index article_translation_group_idx on article (translation_group);
create index article_status_publish_at_idx on article (status, publish_at);

create table article_region (
    article_id bigint not null references article (id),
    region_id  bigint not null references region (id),
    primary key (article_id, region_id)
);
create index article_region_region_idx on article_region (region_id);

create table article_tag (
    article_id bigint not null references article (id),
    tag_id     bigint not null references tag (id),
    primary key (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id);

create table article_coverage (
    article_id  bigint not null references article (id),
    coverage_id bigint not null references coverage (id),
    primary key (article_id, coverage_id)
);
create index article_coverage_coverage_idx on article_coverage (coverage_id);

create table article_author (
    article_id bigint  not null references article (id),
    author_id  bigint  not null references author (id),
    position   integer not null,
    primary key (article_id, position)
);
create index article_author_author_idx on article_author (author_id);

create table article_related (
    article_id bigint  not null references article (id),
    related_id bigint  not null references article (id),
    position   integer not null,
    primary key (article_id, position)
);

create table gallery_image (
    id         bigint       not null primary key,
    article_id bigint       not null references article (id),
    media_id   bigint       not null references media_asset (id),
    position   integer      not null,
    caption    varchar(400)
);
create index gallery_image_article_idx on gallery_image (article_id);

create table live_entry (
    id         bigint        not null primary key,
    article_id bigint        not null references article (id),
    headline   varchar(200),
    body       varchar(20000) not null,
    posted_at  timestamp(6) with time zone not null,
    posted_by  varchar(60)   not null
);
create index live_entry_article_idx on live_entry (article_id, posted_at);

create table breaking_item (
    id           bigint       not null primary key,
    version      bigint       not null,
    edition      varchar(2)   not null,
    text         varchar(200) not null,
    article_id   bigint       references article (id),
    posted_at    timestamp(6) with time zone not null,
    posted_by    varchar(60)  not null,
    expires_at   timestamp(6) with time zone,
    retracted_at timestamp(6) with time zone
);
create index breaking_item_edition_idx on breaking_item (edition, posted_at);

create table revision (
    id             bigint       not null primary key,
    article_id     bigint       not null references article (id),
    number         integer      not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(60)  not null,
    reason         varchar(20)  not null,
    headline       varchar(200) not null,
    summary        varchar(600),
    body           varchar(200000),
    changed_fields varchar(400),
    constraint revision_number_unique unique (article_id, number)
);
