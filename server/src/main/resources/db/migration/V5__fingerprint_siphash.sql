-- The guard's share fingerprints changed scheme: each term's value is now SipHash-2-4 under a
-- term key derived from the group's fingerprint key, instead of HMAC-SHA256 (see the guard's
-- FingerprintIndex). Fingerprints made under the old scheme can never match a new check, so they
-- are deleted here rather than kept, unused, until they expire. Who-heard rows stay until their
-- own expiry; with no fingerprints left they match nothing.
delete from share_fingerprint;
