package brussels.maillage.territory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The statistical sectors' polygons in memory, indexed with an STR-tree and prepared for
 * fast point-in-polygon tests. Sectors nest exactly in sub-municipalities and communes,
 * so the sector found also gives those.
 */
@Component
class PlacementIndex {

	private final STRtree tree = new STRtree();

	private final Envelope bounds = new Envelope();

	private final List<SectorShape> sectors;

	private final Map<String, JsonNode> submunicipalityGeometries;

	PlacementIndex() {
		PreparedGeometryFactory prepared = new PreparedGeometryFactory();
		this.sectors = ReferenceData.features("sectors.geojson")
			.stream()
			.map((feature) -> new SectorShape(feature.property("code"), feature.property("submunicipality"),
					feature.property("nis"), feature.property("name_fr"), feature.property("name_nl"),
					prepared.create(feature.geometry())))
			.toList();
		for (SectorShape sector : this.sectors) {
			Envelope envelope = sector.shape().getGeometry().getEnvelopeInternal();
			this.tree.insert(envelope, sector);
			this.bounds.expandToInclude(envelope);
		}
		this.tree.build();
		this.submunicipalityGeometries = ReferenceData.features("submunicipalities.geojson")
			.stream()
			.collect(Collectors.toUnmodifiableMap((feature) -> feature.property("code"), ReferenceData.Feature::json));
	}

	/** The sector holding the point (on a shared edge, one of them), or {@code null}. */
	SectorShape locate(double latitude, double longitude) {
		if (!this.bounds.contains(longitude, latitude)) {
			return null;
		}
		Point point = ReferenceData.GEOMETRIES.createPoint(new Coordinate(longitude, latitude));
		@SuppressWarnings("unchecked")
		List<SectorShape> candidates = this.tree.query(new Envelope(longitude, longitude, latitude, latitude));
		for (SectorShape candidate : candidates) {
			if (candidate.shape().covers(point)) {
				return candidate;
			}
		}
		return null;
	}

	/** The bounding box of Brussels, for tests and benchmarks. */
	Envelope bounds() {
		return new Envelope(this.bounds);
	}

	List<SectorShape> sectors() {
		return this.sectors;
	}

	/** The GeoJSON geometry of a sub-municipality, as in the reference file. */
	JsonNode submunicipalityGeometry(String code) {
		return this.submunicipalityGeometries.get(code);
	}

	/**
	 * A statistical sector ready for point-in-polygon tests.
	 *
	 * @param code Statbel sector code
	 * @param submunicipality its sub-municipality's code
	 * @param nis its commune's NIS code
	 * @param nameFr French name
	 * @param nameNl Dutch name
	 * @param shape the prepared polygon
	 */
	record SectorShape(String code, String submunicipality, String nis, String nameFr, String nameNl,
			PreparedGeometry shape) {
	}

}
