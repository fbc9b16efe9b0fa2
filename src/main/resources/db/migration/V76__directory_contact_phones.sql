-- The phones of a contact (an HSDS 3.1 phone row with a contact_id, issue 17): kept as the package gives them,
-- written back by the export and served with the contact by the HSDS API. A contact's phones go with it.
create table contact_phone (
	id uuid primary key,
	contact_id uuid not null references contact (id) on delete cascade,
	number text not null,
	type text,
	description text
);
create index contact_phone_contact_idx on contact_phone (contact_id);
