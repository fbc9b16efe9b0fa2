package brussels.maillage.territory.reference;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
public class PlacementIndex {

	private final CompletableFuture<Built> built;

	/**
	 * Reads and indexes the polygons on a thread of its own, in parallel with the rest of
	 * the start-up.
	 */
	PlacementIndex() {
		this.built = CompletableFuture.supplyAsync(PlacementIndex::build, (task) -> {
			Thread thread = new Thread(task, "territory-index");
			thread.setContextClassLoader(PlacementIndex.class.getClassLoader());
			thread.setDaemon(true);
			thread.start();
		});
	}

	private static Built build() {
		PreparedGeometryFactory prepared = new PreparedGeometryFactory();
		List<SectorShape> sectors = ReferenceData.features("sectors.geojson")
			.stream()
			.map((feature) -> new SectorShape(feature.property("code"), feature.property("submunicipality"),
					feature.property("nis"), feature.property("name_fr"), feature.property("name_nl"),
					prepared.create(feature.geometry())))
			.toList();
		STRtree tree = new STRtree();
		Envelope bounds = new Envelope();
		for (SectorShape sector : sectors) {
			Envelope envelope = sector.shape().getGeometry().getEnvelopeInternal();
			tree.insert(envelope, sector);
			bounds.expandToInclude(envelope);
		}
		tree.build();
		Map<String, JsonNode> geometries = ReferenceData.features("submunicipalities.geojson")
			.stream()
			.collect(Collectors.toUnmodifiableMap((feature) -> feature.property("code"), ReferenceData.Feature::json));
		return new Built(tree, bounds, sectors, geometries);
	}

	private Built built() {
		return this.built.join();
	}

	/** The sector holding the point (on a shared edge, one of them), or {@code null}. */
	public SectorShape locate(double latitude, double longitude) {
		Built index = built();
		if (!index.bounds().contains(longitude, latitude)) {
			return null;
		}
		Point point = ReferenceData.GEOMETRIES.createPoint(new Coordinate(longitude, latitude));
		@SuppressWarnings("unchecked")
		List<SectorShape> candidates = index.tree().query(new Envelope(longitude, longitude, latitude, latitude));
		for (SectorShape candidate : candidates) {
			if (candidate.shape().covers(point)) {
				return candidate;
			}
		}
		return null;
	}

	/** The bounding box of Brussels, for tests and benchmarks. */
	public Envelope bounds() {
		return new Envelope(built().bounds());
	}

	public List<SectorShape> sectors() {
		return built().sectors();
	}

	/** The GeoJSON geometry of a sub-municipality, as in the reference file. */
	public JsonNode submunicipalityGeometry(String code) {
		return built().submunicipalityGeometries().get(code);
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
	public record SectorShape(String code, String submunicipality, String nis, String nameFr, String nameNl,
			PreparedGeometry shape) {
	}

	private record Built(STRtree tree, Envelope bounds, List<SectorShape> sectors,
			Map<String, JsonNode> submunicipalityGeometries) {
	}

}
