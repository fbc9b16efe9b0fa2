package brussels.maillage.territory.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The reference files of {@code classpath:territory/} (see its README for provenance):
 * CSV rows as maps of column to value, GeoJSON features with their JTS geometry.
 */
public final class ReferenceData {

	static final String FOLDER = "territory/";

	static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReferenceData() {
	}

	public static List<Map<String, String>> csv(String file) {
		List<List<String>> rows = parseCsv(read(file));
		List<String> header = rows.get(0);
		List<Map<String, String>> result = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				String value = (i < row.size()) ? row.get(i).strip() : "";
				values.put(header.get(i), value.isEmpty() ? null : value);
			}
			result.add(values);
		}
		return result;
	}

	static List<Feature> features(String file) {
		JsonNode root = JSON.readTree(read(file));
		JsonNode features = root.get("features");
		List<Feature> result = new ArrayList<>(features.size());
		for (int i = 0; i < features.size(); i++) {
			JsonNode feature = features.get(i);
			Map<String, String> properties = new LinkedHashMap<>();
			JsonNode source = feature.get("properties");
			for (String name : source.propertyNames()) {
				properties.put(name, source.get(name).asString());
			}
			JsonNode geometry = feature.get("geometry");
			result.add(new Feature(properties, geometry, geometry(geometry)));
		}
		return result;
	}

	static Geometry geometry(JsonNode geometry) {
		JsonNode coordinates = geometry.get("coordinates");
		return switch (geometry.get("type").asString()) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				Polygon[] polygons = new Polygon[coordinates.size()];
				for (int i = 0; i < polygons.length; i++) {
					polygons[i] = polygon(coordinates.get(i));
				}
				yield GEOMETRIES.createMultiPolygon(polygons);
			}
			default -> throw new IllegalArgumentException("Unexpected geometry " + geometry.get("type"));
		};
	}

	private static Polygon polygon(JsonNode rings) {
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return GEOMETRIES.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = positions.get(i);
			coordinates[i] = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
		}
		return GEOMETRIES.createLinearRing(coordinates);
	}

	private static String read(String file) {
		try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the territory reference file " + file, ex);
		}
	}

	/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		rows.removeIf((candidate) -> candidate.size() == 1 && candidate.get(0).isBlank());
		return rows;
	}

	/**
	 * A GeoJSON feature: its properties, its geometry as read and as JTS.
	 *
	 * @param properties property values as text
	 * @param json the geometry as in the file
	 * @param geometry the geometry for computations
	 */
	record Feature(Map<String, String> properties, JsonNode json, Geometry geometry) {

		String property(String name) {
			return this.properties.get(name);
		}

	}

}
