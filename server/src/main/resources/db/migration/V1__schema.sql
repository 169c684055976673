-- Confidant schema. Works on PostgreSQL and on H2 in PostgreSQL mode.
-- What each table keeps, for how long and why: docs/data-inventory.md. No column holds an email,
-- a phone number, an IP address or a legal name (SchemaInventoryTest holds the schema to that).

create table account (
  id               uuid primary key,
  sign_in_name     varchar(64)  not null unique,  -- generated at sign-up, e.g. "sam-r-4821"
  display_name     varchar(40)  not null,         -- first name with optional last initial
  passphrase_hash  varchar(255) not null,         -- Argon2id, encoded with its parameters
  session_epoch    integer      not null default 0, -- bumped to end every session of the account
  created_at       timestamp with time zone not null
);

create table recovery_code (
  account_id  uuid         not null references account(id) on delete cascade,
  code_hash   varchar(128) not null,               -- SHA-256 of a high-entropy one-time code
  primary key (account_id, code_hash)
);

create table fellowship_group (
  id              uuid primary key,
  name            varchar(80) not null,
  retention_days  integer     not null default 30,  -- how long meeting fingerprints are kept
  created_at      timestamp with time zone not null
);

create table membership (
  group_id    uuid        not null references fellowship_group(id) on delete cascade,
  account_id  uuid        not null references account(id) on delete cascade,
  role        varchar(16) not null,                 -- SECRETARY or MEMBER
  joined_at   timestamp with time zone not null,
  primary key (group_id, account_id)
);

create table invite (
  token_hash  varchar(64) primary key,              -- SHA-256 hex of the single-use token
  group_id    uuid        not null references fellowship_group(id) on delete cascade,
  created_by  uuid        references account(id) on delete set null,
  expires_at  timestamp with time zone not null,
  used_at     timestamp with time zone
);

create table meeting (
  id              uuid primary key,
  group_id        uuid         not null references fellowship_group(id) on delete cascade,
  title           varchar(80)  not null,
  weekday         smallint     not null,            -- 1 = Monday … 7 = Sunday (ISO)
  start_time      time         not null,
  time_zone       varchar(64)  not null,
  format          varchar(8)   not null,            -- OPEN or CLOSED (fellowship meaning)
  chair_id        uuid         references account(id) on delete set null,
  passcode_hash   varchar(255),                     -- Argon2id of the optional passcode
  created_at      timestamp with time zone not null
);

-- One occurrence of a meeting, from start to close. Live state only: rows of a closed session
-- keep no shares, no attendance and no key.
create table meeting_session (
  id          uuid primary key,
  meeting_id  uuid not null references meeting(id) on delete cascade,
  started_at  timestamp with time zone not null,
  closed_at   timestamp with time zone
);

create table attendance (
  session_id  uuid        not null references meeting_session(id) on delete cascade,
  account_id  uuid        not null references account(id) on delete cascade,
  state       varchar(16) not null,                 -- WAITING, ADMITTED, REMOVED or BANNED
  updated_at  timestamp with time zone not null,
  primary key (session_id, account_id)
);

-- Shares while the session is open, encrypted with the session's key, which only memory holds.
create table share (
  id          uuid primary key,
  session_id  uuid    not null references meeting_session(id) on delete cascade,
  seq         bigint  not null,
  author_id   uuid    references account(id) on delete set null,
  posted_at   timestamp with time zone not null,
  ciphertext  bytea   not null,                     -- Tink AEAD; associated data = session id + share id
  unique (session_id, seq)
);

-- What survives a closed session: keyed fingerprints of its shares, until expires_at.
create table share_fingerprint (
  session_id   uuid    not null references meeting_session(id) on delete cascade,
  group_id     uuid    not null references fellowship_group(id) on delete cascade,
  fingerprint  bigint  not null,
  expires_at   timestamp with time zone not null
);
create index share_fingerprint_session on share_fingerprint(session_id);
create index share_fingerprint_expiry on share_fingerprint(expires_at);

-- Who heard a closed session, kept only as long as its fingerprints, so that the guard can check
-- a member's texts against the meetings they heard. Deleted with the fingerprints.
create table heard (
  session_id  uuid not null references meeting_session(id) on delete cascade,
  account_id  uuid not null references account(id) on delete cascade,
  expires_at  timestamp with time zone not null,
  primary key (session_id, account_id)
);

-- The group's fingerprint key, wrapped by the server's master key (Tink keyset JSON, encrypted).
create table group_key (
  group_id     uuid primary key references fellowship_group(id) on delete cascade,
  wrapped_key  bytea not null
);

-- Audit log: who did what to which object, by ids and action names only, never text.
create table audit_event (
  id          bigint generated by default as identity primary key,
  at          timestamp with time zone not null,
  actor_id    uuid,
  action      varchar(48) not null,
  subject_id  uuid
);
create index audit_event_at on audit_event(at);
