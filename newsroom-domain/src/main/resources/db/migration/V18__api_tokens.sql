-- Newsroom schema, version 18: personal API tokens for the staff API. Only a SHA-256 of each
-- token is kept (the token itself is shown once, when it is made); a sign-in with a token is
-- one lookup on that unique hash instead of a PBKDF2 per call. Revoked tokens stay, so a later
-- use of one can be recognised and audited. Valid on H2 (PostgreSQL mode) and PostgreSQL.
create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id            bigint       not null primary key,
    staff_user_id bigint       not null references staff_user (id),
    name          varchar(80)  not null,
    token_hash    varchar(64)    not null unique,
    prefix        varchar(16)  not null,
    created_by    varchar(60)  not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone,
    last_used_at  timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone
);

create index api_token_owner_idx on api_token (staff_user_id);
