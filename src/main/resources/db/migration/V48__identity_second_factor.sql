-- Second factor of an account: a TOTP secret (RFC 6238) and the last time step accepted, so that a code
-- cannot be used twice; and single-use recovery codes, kept only as salted SHA-256 hashes.
create table second_factor (
	user_id bigint primary key references app_user (id) on delete cascade,
	totp_secret text not null,
	last_used_step bigint,
	enrolled_at timestamptz not null default now()
);

create table recovery_code (
	id bigint generated always as identity primary key,
	user_id bigint not null references app_user (id) on delete cascade,
	salt text not null,
	code_hash text not null,
	used_at timestamptz
);
create index recovery_code_user_ix on recovery_code (user_id);
