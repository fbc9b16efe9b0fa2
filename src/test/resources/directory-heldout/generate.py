"""Builds the held-out judged set's HSDS 3.1 tabular data package from carnet.txt.

The publisher is invented: "Carnet social-santé Bruxelles / Sociaal-gezondheidsboekje Brussel",
a volunteer-kept address book of the Brussels social-health field. carnet.txt is written the way
its editors keep it: one block per organisation (ORG), its places (PLACE, ONLINE, POSTAL) and its
services (SVC), one "field: value" line each. This script turns it into the package (one CSV per
HSDS table, every column an official HSDS 3.1 field, and datapackage.json), plus service-keys.csv
(the key of each service id, which the judgements use; not part of the package).

Run from this folder: TERRITORY=<the shared territory folder> python3 generate.py
(the territory's polygons place each address's coordinates in its postcode's area). The output is
deterministic.
"""
import csv
import json
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
TERRITORY = os.environ.get("TERRITORY", os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "territory"))
NAMESPACE = uuid.UUID("c4a7e7a1-5e55-4a11-9000-00000000c015")

TABLES = [
    ("organization", "organizations", "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,uri,parent_organization_id"),
    ("service", "services", "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified"),
    ("location", "locations", "id,location_type,url,organization_id,name,alternate_name,description,transportation,latitude,longitude,external_identifier,external_identifier_type"),
    ("address", "addresses", "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type"),
    ("service_at_location", "service_at_location", "id,service_id,location_id,description"),
    ("phone", "phones", "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,extension,type,description"),
    ("schedule", "schedules", "id,service_id,location_id,service_at_location_id,valid_from,valid_to,dtstart,timezone,until,count,wkst,freq,interval,byday,byweekno,bymonthday,byyearday,description,opens_at,closes_at,schedule_link,attending_type,notes"),
    ("language", "languages", "id,service_id,location_id,phone_id,name,code,note"),
    ("service_area", "service_areas", "id,service_id,service_at_location_id,name,description,extent,extent_type,uri"),
    ("taxonomy", "taxonomies", "id,name,description,uri,version"),
    ("taxonomy_term", "taxonomy_terms", "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,term_uri"),
    ("attribute", "attributes", "id,link_id,taxonomy_term_id,link_type,link_entity,value,label"),
]

LANGUAGES = {"fr": "français", "nl": "Nederlands", "en": "English", "ar": "arabe", "tr": "turc", "es": "espagnol",
             "pt": "portugais", "ro": "roumain", "pl": "polonais", "ru": "russe", "de": "allemand", "it": "italien",
             "uk": "ukrainien", "bg": "bulgare", "fa": "persan", "ps": "pachto", "so": "somali", "ln": "lingala", "ti": "tigrinya",
             "sgn-BE-fr": "langue des signes de Belgique francophone", "vgt": "Vlaamse Gebarentaal", "ber": "berbère"}
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

# The area whose polygon holds a postcode's addresses (the City's postcodes by part of the City).
POSTCODE_AREA = {"1000": "21004A", "1020": "21004E", "1120": "21004F", "1130": "21004G", "1030": "21015",
                 "1040": "21005", "1050": "21009", "1060": "21013", "1070": "21001", "1080": "21012",
                 "1081": "21011", "1082": "21003", "1083": "21008", "1090": "21010", "1140": "21006",
                 "1150": "21019", "1160": "21002", "1170": "21017", "1180": "21016", "1190": "21007",
                 "1200": "21018", "1210": "21014"}


def ident(kind, key):
    return str(uuid.uuid5(NAMESPACE, kind + "/" + key))


def read_carnet():
    """The blocks of carnet.txt: (kind, key, fields) in order."""
    blocks = []
    with open(os.path.join(HERE, "carnet.txt"), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line[:4] in ("ORG ", "SVC "):
                blocks.append((line[:3], line[4:].strip(), {}))
            elif line.split(" ", 1)[0] in ("PLACE", "ONLINE", "POSTAL"):
                kind, rest = line.split(" ", 1)
                blocks.append((kind, None, [part.strip() for part in rest.split("|")]))
            else:
                field, value = line.strip().split(":", 1)
                fields = blocks[-1][2]
                assert field not in fields, line
                fields[field] = value.strip()
    return blocks


def polygons():
    shapes = {}
    for name, key in (("communes.geojson", "nis"), ("submunicipalities.geojson", "code")):
        with open(os.path.join(TERRITORY, name), encoding="utf-8") as f:
            for feature in json.load(f)["features"]:
                geometry = feature["geometry"]
                polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
                shapes[feature["properties"][key]] = max((p[0] for p in polys), key=len)
    return shapes


def contains(ring, x, y):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def somewhere_in(ring, rng):
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    while True:
        x = rng.uniform(min(xs), max(xs))
        y = rng.uniform(min(ys), max(ys))
        if contains(ring, x, y):
            return "%.6f" % y, "%.6f" % x


def hours_rows(sid, key, text, note):
    """'MO-FR 09:00-17:00; SA 10:00-12:00' as weekly schedule rows."""
    rows = []
    for index, part in enumerate(p.strip() for p in text.split(";")):
        days, times = part.split(" ")
        opens, closes = times.split("-")
        if days == "ALL":
            byday = DAYS
        elif "-" in days:
            byday = DAYS[DAYS.index(days[:2]):DAYS.index(days[3:]) + 1]
        else:
            byday = days.split(",")
        rows.append({"id": ident("schedule", key + "#" + str(index)), "service_id": sid, "timezone": "1",
                     "freq": "WEEKLY", "wkst": "MO", "byday": ",".join(byday), "opens_at": opens + ":00",
                     "closes_at": closes + ":00", "description": note if index == 0 else ""})
    return rows


def main():
    rng = random.Random(15)
    shapes = polygons()
    rows = {name: [] for name, _, _ in TABLES}
    keys = []
    org = None
    places = {}
    taxonomy = ident("taxonomy", "carnet")
    rows["taxonomy"].append({"id": taxonomy, "name": "Index Carnet",
                             "description": "Index thématique du Carnet social-santé Bruxelles / Thematische index "
                                            "van het Sociaal-gezondheidsboekje Brussel (édition 2026).",
                             "uri": "https://carnet-social.example.be/index", "version": "2026-2"})
    terms = set()
    for kind, key, fields in read_carnet():
        if kind == "ORG":
            org = key
            oid = ident("organization", key)
            rows["organization"].append({
                "id": oid, "name": fields["name"], "alternate_name": fields.get("alt", ""),
                "description": fields.get("about", fields["name"]), "email": fields.get("mail", ""),
                "website": fields.get("web", ""), "tax_id": fields.get("bce", ""),
                "legal_status": fields.get("legal", ""), "year_incorporated": fields.get("since", "")})
            if fields.get("tel"):
                number, _, what = fields["tel"].partition(" (")
                rows["phone"].append({"id": ident("phone", "org/" + key), "organization_id": oid,
                                      "number": number, "type": "voice", "description": what.rstrip(")")})
            continue
        if kind in ("PLACE", "ONLINE", "POSTAL"):
            pkey = fields[0]
            assert pkey not in places, pkey
            lid = ident("location", pkey)
            places[pkey] = lid
            oid = ident("organization", org)
            if kind == "ONLINE":
                _, name, url, description = fields
                rows["location"].append({"id": lid, "location_type": "virtual", "url": url, "organization_id": oid,
                                         "name": name, "description": description})
                continue
            _, name, street, postcode, city, *rest = fields
            phone = rest[0] if rest else ""
            location = {"id": lid, "location_type": "physical" if kind == "PLACE" else "postal",
                        "organization_id": oid, "name": name}
            if kind == "PLACE" and not name.endswith("*"):
                location["latitude"], location["longitude"] = somewhere_in(shapes[POSTCODE_AREA[postcode]], rng)
            location["name"] = name.rstrip("*")
            rows["location"].append(location)
            rows["address"].append({"id": ident("address", pkey), "location_id": lid, "address_1": street,
                                    "city": city, "state_province": "Région de Bruxelles-Capitale",
                                    "postal_code": postcode, "country": "BE",
                                    "address_type": "physical" if kind == "PLACE" else "postal"})
            if phone:
                rows["phone"].append({"id": ident("phone", "place/" + pkey), "location_id": lid, "number": phone,
                                      "type": "voice"})
            continue
        if kind == "SVC":
            sid = ident("service", key)
            keys.append((sid, key))
            min_age, _, max_age = fields.get("age", "").partition("-")
            rows["service"].append({
                "id": sid, "organization_id": ident("organization", fields.get("org", org)), "name": fields["name"],
                "alternate_name": fields.get("alt", ""), "description": fields.get("text", ""),
                "url": fields.get("url", ""), "email": fields.get("mail", ""),
                "status": fields.get("status", "active"),
                "interpretation_services": fields.get("interpreting", ""),
                "application_process": fields.get("apply", ""), "fees_description": fields.get("fees", ""),
                "wait_time": fields.get("wait", ""), "eligibility_description": fields.get("who", ""),
                "minimum_age": min_age, "maximum_age": max_age, "assured_date": "2026-10-01",
                "last_modified": "2026-10-01T08:30:00Z"})
            for pkey in fields.get("at", "").split():
                rows["service_at_location"].append({"id": ident("service_at_location", key + "@" + pkey),
                                                    "service_id": sid, "location_id": places[pkey]})
            for code in fields.get("lang", "fr").split():
                rows["language"].append({"id": ident("language", key + "/" + code), "service_id": sid,
                                         "name": LANGUAGES[code], "code": code})
            for area in (a.strip() for a in fields.get("area", "").split(";") if a.strip()):
                rows["service_area"].append({"id": ident("service_area", key + "/" + area), "service_id": sid,
                                             "name": area})
            for code in fields["index"].split():
                terms.add(code)
                rows["attribute"].append({"id": ident("attribute", key + "/" + code), "link_id": sid,
                                          "taxonomy_term_id": ident("taxonomy_term", code),
                                          "link_type": "index", "link_entity": "service"})
            if fields.get("hours"):
                rows["schedule"].extend(hours_rows(sid, key, fields["hours"], fields.get("hours_note", "")))
    from index import TERMS
    known = set()
    for code, name, description in TERMS:
        parent = code.rsplit(".", 1)[0] if "." in code else ""
        assert not parent or parent in known, code
        known.add(code)
        rows["taxonomy_term"].append({"id": ident("taxonomy_term", code), "code": code, "name": name,
                                      "description": description or name,
                                      "parent_id": ident("taxonomy_term", parent) if parent else "",
                                      "taxonomy": "Index Carnet", "language": "fr", "taxonomy_id": taxonomy})
    assert terms <= known, terms - known
    for name, file, columns in TABLES:
        with open(os.path.join(HERE, file + ".csv"), "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(columns.split(","))
            for row in rows[name]:
                out.writerow([row.get(column, "") for column in columns.split(",")])
    with open(os.path.join(HERE, "service-keys.csv"), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id", "key"])
        out.writerows(keys)
    descriptor = {
        "name": "carnet-social-sante-bruxelles",
        "title": "Carnet social-santé Bruxelles / Sociaal-gezondheidsboekje Brussel",
        "description": "Adresses du secteur social-santé bruxellois, tenues par des bénévoles (HSDS 3.1).",
        "profile": "tabular-data-package", "version": "3.1.0", "language": "fr",
        "created": "2026-10-01",
        "licenses": [{"name": "ODC-BY-1.0", "path": "https://opendatacommons.org/licenses/by/1-0/"}],
        "resources": [{"name": name, "path": file + ".csv", "profile": "tabular-data-resource",
                       "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
                      for name, file, _ in TABLES]}
    with open(os.path.join(HERE, "datapackage.json"), "w", encoding="utf-8") as f:
        json.dump(descriptor, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(rows["service"]), "services,", len(rows["organization"]), "organisations,",
          len(rows["location"]), "places,", len(rows["phone"]), "phones,", len(rows["schedule"]), "hours,",
          len(rows["taxonomy_term"]), "terms")


if __name__ == "__main__":
    main()
