"""Writes the blind judged set's HSDS 3.1 package (the CSV files and datapackage.json next
to this script) from the data in organisations.py and services.py.

Invented organisations and services of the Brussels social-health field, published as a
partner directory ("Réseau Repères Bruxelles") would publish them: its own taxonomy, phones
of organisations and places (none of services), virtual places, overnight hours, service
areas named in words. Run with python3 from this folder; the output is deterministic.
"""
import csv
import json
import os
import random
import uuid

from organisations import ORGANISATIONS
from services import SERVICES, TERMS

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("TERRITORY", os.path.join(HERE, "territory"))
NS = uuid.UUID("b11d5e70-0000-4000-8000-000000000014")


def uid(name):
    return str(uuid.uuid5(NS, name))


COLUMNS = {
    "organizations": "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,uri,parent_organization_id",
    "services": "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified",
    "locations": "id,location_type,url,organization_id,name,alternate_name,description,transportation,latitude,longitude,external_identifier,external_identifier_type",
    "addresses": "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type",
    "service_at_location": "id,service_id,location_id,description",
    "phones": "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,extension,type,description",
    "schedules": "id,service_id,location_id,service_at_location_id,valid_from,valid_to,dtstart,timezone,until,count,wkst,freq,interval,byday,byweekno,bymonthday,byyearday,description,opens_at,closes_at,schedule_link,attending_type,notes",
    "languages": "id,service_id,location_id,phone_id,name,code,note",
    "service_areas": "id,service_id,service_at_location_id,name,description,extent,extent_type,uri",
    "taxonomies": "id,name,description,uri,version",
    "taxonomy_terms": "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,term_uri",
    "attributes": "id,link_id,taxonomy_term_id,link_type,link_entity,value,label",
}
RESOURCES = {
    "organization": "organizations", "service": "services", "location": "locations", "address": "addresses",
    "service_at_location": "service_at_location", "phone": "phones", "schedule": "schedules",
    "language": "languages", "service_area": "service_areas", "taxonomy": "taxonomies",
    "taxonomy_term": "taxonomy_terms", "attribute": "attributes",
}
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English", "ar": "العربية", "tr": "Türkçe",
                  "es": "Español", "pt": "Português", "ro": "Română", "pl": "Polski", "ru": "Русский",
                  "de": "Deutsch", "it": "Italiano", "ber": "Tamazight", "bg": "Български", "fa": "دری",
                  "ps": "پښتو", "so": "Soomaali", "lin": "Lingála", "sq": "Shqip"}
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

# Where a postcode's places lie, for their coordinates: a commune, or a part of the City.
AREA_OF_POSTCODE = {"1000": "21004A", "1020": "21004E", "1120": "21004F", "1130": "21004G", "1030": "21015",
                    "1040": "21005", "1050": "21009", "1060": "21013", "1070": "21001", "1080": "21012",
                    "1081": "21011", "1082": "21003", "1083": "21008", "1090": "21010", "1140": "21006",
                    "1150": "21019", "1160": "21002", "1170": "21017", "1180": "21016", "1190": "21007",
                    "1200": "21018", "1210": "21014"}


def polygons():
    shapes = {}
    for name, key in (("communes.geojson", "nis"), ("submunicipalities.geojson", "code")):
        with open(os.path.join(SHARED, name), encoding="utf-8") as f:
            for feature in json.load(f)["features"]:
                geometry = feature["geometry"]
                rings = [geometry["coordinates"][0]] if geometry["type"] == "Polygon" else [
                    p[0] for p in geometry["coordinates"]]
                shapes[feature["properties"][key]] = rings
    return shapes


def inside(point, ring):
    x, y = point
    result = False
    for i in range(len(ring)):
        x1, y1 = ring[i][0], ring[i][1]
        x2, y2 = ring[i - 1][0], ring[i - 1][1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def point_in(rings, rng):
    ring = max(rings, key=len)
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    # Near the middle of the area, as most addresses are.
    for spread in (0.25, 0.5, 1.0):
        for _ in range(200):
            x = cx + (rng.random() - 0.5) * (max(xs) - min(xs)) * spread
            y = cy + (rng.random() - 0.5) * (max(ys) - min(ys)) * spread
            if inside((x, y), ring):
                return round(y, 5), round(x, 5)
    raise ValueError("no point")


def main():
    rng = random.Random(14)
    shapes = polygons()
    rows = {table: [] for table in COLUMNS}
    rows["taxonomies"].append({"id": uid("taxonomy"), "name": "Thésaurus Repères",
                               "description": "Classement des services du Réseau Repères Bruxelles (version 2026).",
                               "uri": "https://reperes.example.org/thesaurus", "version": "2026.1"})
    for code, name, parent, description in TERMS:
        rows["taxonomy_terms"].append({"id": uid("term-" + code), "code": code, "name": name,
                                       "description": description or name,
                                       "parent_id": uid("term-" + parent) if parent else "",
                                       "taxonomy": "Thésaurus Repères", "language": "fr",
                                       "taxonomy_id": uid("taxonomy")})
    term_codes = {t[0] for t in TERMS}
    locations = {}
    for org in ORGANISATIONS:
        oid = uid("org-" + org["key"])
        rows["organizations"].append({"id": oid, "name": org["name"], "alternate_name": org.get("alt", ""),
                                      "description": org["description"], "email": org.get("email", ""),
                                      "website": org.get("website", ""), "legal_status": org.get("legal", "ASBL")})
        if org.get("phone"):
            rows["phones"].append({"id": uid("phone-org-" + org["key"]), "organization_id": oid,
                                   "number": org["phone"], "type": "voice",
                                   "description": org.get("phone_note", "Accueil")})
        for place in org.get("places", []):
            lid = uid("loc-" + place["key"])
            locations[place["key"]] = lid
            if place.get("virtual"):
                rows["locations"].append({"id": lid, "location_type": "virtual", "url": place["url"],
                                          "organization_id": oid, "name": place["name"],
                                          "description": place.get("description", "")})
                continue
            lat, lon = ("", "")
            if not place.get("no_coordinates"):
                lat, lon = point_in(shapes[AREA_OF_POSTCODE[place["postcode"]]], rng)
            rows["locations"].append({"id": lid, "location_type": "physical", "organization_id": oid,
                                      "name": place["name"], "description": place.get("description", ""),
                                      "transportation": place.get("transport", ""), "latitude": lat,
                                      "longitude": lon})
            rows["addresses"].append({"id": uid("address-" + place["key"]), "location_id": lid,
                                      "address_1": place["street"], "city": place["city"],
                                      "region": "Région de Bruxelles-Capitale", "state_province": "Bruxelles",
                                      "postal_code": place["postcode"], "country": "BE",
                                      "address_type": "physical"})
            if place.get("phone"):
                rows["phones"].append({"id": uid("phone-loc-" + place["key"]), "location_id": lid,
                                       "number": place["phone"], "type": "voice",
                                       "description": place.get("phone_note", "")})
    org_keys = {o["key"] for o in ORGANISATIONS}
    for s in SERVICES:
        sid = uid("svc-" + s["key"])
        assert s["org"] in org_keys, s["key"]
        rows["services"].append({"id": sid, "organization_id": uid("org-" + s["org"]), "name": s["name"],
                                 "alternate_name": s.get("alt", ""), "description": s["description"],
                                 "url": s.get("url", ""), "email": s.get("email", ""),
                                 "status": s.get("status", "active"),
                                 "application_process": s.get("apply", ""), "fees_description": s.get("fees", ""),
                                 "eligibility_description": s.get("who", ""),
                                 "minimum_age": s.get("min_age", ""), "maximum_age": s.get("max_age", ""),
                                 "assured_date": "2026-09-15", "last_modified": "2026-09-15T10:00:00Z"})
        for place in s.get("at", []):
            rows["service_at_location"].append({"id": uid("sal-" + s["key"] + "-" + place), "service_id": sid,
                                                "location_id": locations[place]})
        for code in s.get("langs", ["fr"]):
            rows["languages"].append({"id": uid("lang-" + s["key"] + "-" + code), "service_id": sid,
                                      "name": LANGUAGE_NAMES[code], "code": code})
        for area in s.get("areas", []):
            rows["service_areas"].append({"id": uid("area-" + s["key"] + "-" + area), "service_id": sid,
                                          "name": area})
        for term in s["terms"]:
            assert term in term_codes, (s["key"], term)
            rows["attributes"].append({"id": uid("attr-" + s["key"] + "-" + term), "link_id": sid,
                                       "taxonomy_term_id": uid("term-" + term), "link_type": "classification",
                                       "link_entity": "service"})
        for index, hours in enumerate(s.get("hours", [])):
            days, times = hours.split(" ", 1)
            opens, closes = times.split("-")
            byday = DAYS if days == "ALL" else (DAYS[DAYS.index(days[:2]):DAYS.index(days[3:]) + 1]
                                                if "-" in days else days.split(","))
            rows["schedules"].append({"id": uid("hours-" + s["key"] + "-" + str(index)), "service_id": sid,
                                      "timezone": "1", "freq": "WEEKLY", "byday": ",".join(byday),
                                      "opens_at": opens, "closes_at": closes,
                                      "description": s.get("hours_note", "") if index == 0 else ""})
    for table, columns in COLUMNS.items():
        with open(os.path.join(HERE, table + ".csv"), "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            names = columns.split(",")
            writer.writerow(names)
            for row in rows[table]:
                writer.writerow([row.get(name, "") for name in names])
    descriptor = {"name": "reperes-bruxelles", "title": "Réseau Repères Bruxelles: répertoire social-santé",
                  "profile": "tabular-data-package", "version": "3.1", "language": "fr",
                  "license": {"name": "CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
                  "resources": [{"name": name, "path": file + ".csv", "profile": "tabular-data-resource",
                                 "format": "csv", "mediatype": "text/csv"} for name, file in RESOURCES.items()]}
    with open(os.path.join(HERE, "datapackage.json"), "w", encoding="utf-8") as f:
        json.dump(descriptor, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(rows["services"]), "services", len(rows["organizations"]), "organisations",
          len(rows["locations"]), "places", len(rows["phones"]), "phones")


if __name__ == "__main__":
    main()
