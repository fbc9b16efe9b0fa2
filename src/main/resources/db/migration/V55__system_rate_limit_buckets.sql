-- Rate limits of the public forms and the login (Bucket4j's PostgreSQL layout), shared by every instance. The id is the
-- limit's name and a SHA-256 of what it counts (client address, target, e-mail address), never the address itself; a
-- row is deleted once its bucket would be full again (expires_at, epoch milliseconds).
create table rate_limit_bucket (
	id text primary key,
	state bytea,
	expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
