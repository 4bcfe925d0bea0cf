-- Newsroom schema, version 19: a picture's description (alt text, caption, credit) carries a
-- version, so two people describing one picture at once cannot lose one description silently:
-- a describe quotes the version it was read at and a stale one is refused. Pictures already in
-- the library start at version 0. Valid on H2 (PostgreSQL mode) and PostgreSQL.
alter table media_asset add column version bigint default 0 not null;
