-- What an HSDS 3.1 package holds beside the places with an address (issue 17): virtual places (location_type
-- 'virtual': a chat, a video consultation, a web form, reached by their url) and contacts (a named person or desk
-- of an organisation, a service or a place). Kept as the package gives them, written back by the export and shown on
-- the service's page.
create table virtual_location (
	id uuid primary key,
	organization_id uuid not null references organization (id) on delete cascade,
	name text,
	description text,
	url text
);
create index virtual_location_organization_idx on virtual_location (organization_id);

-- A service delivered at a virtual place (the HSDS service_at_location row, same id).
create table service_at_virtual_location (
	id uuid primary key,
	service_id uuid not null references service (id) on delete cascade,
	location_id uuid not null references virtual_location (id) on delete cascade
);
create index service_at_virtual_location_service_idx on service_at_virtual_location (service_id);

-- A contact belongs to an organisation, a service or a place (a place with an address or a virtual one).
create table contact (
	id uuid primary key,
	organization_id uuid references organization (id) on delete cascade,
	service_id uuid references service (id) on delete cascade,
	location_id uuid references location (id) on delete cascade,
	virtual_location_id uuid references virtual_location (id) on delete cascade,
	name text,
	title text,
	department text,
	email text,
	constraint contact_owner_check check (num_nonnulls(organization_id, service_id, location_id, virtual_location_id) >= 1)
);
create index contact_organization_idx on contact (organization_id) where organization_id is not null;
create index contact_service_idx on contact (service_id) where service_id is not null;
create index contact_location_idx on contact (location_id) where location_id is not null;
create index contact_virtual_location_idx on contact (virtual_location_id) where virtual_location_id is not null;
