-- The live room: a closed meeting's fingerprints are kept per share (a number within the session,
-- 0, 1, 2, ...), so the guard can judge how much of one share a text copies. No text, no order.
alter table share_fingerprint add column share_no integer not null default 0;
