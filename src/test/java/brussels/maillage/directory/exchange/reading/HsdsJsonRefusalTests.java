package brussels.maillage.directory.exchange.reading;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A body that starts as JSON but is not HSDS services is refused as such (the page and
 * the API say "not HSDS services", not "not a readable zip"), whatever it holds: broken
 * JSON, nesting deeper than the parser allows, another kind of object.
 */
class HsdsJsonRefusalTests {

	private final PackageReader reader = new PackageReader(PackageReader.Limits.DEFAULT);

	@ParameterizedTest
	@ValueSource(strings = { "{\"contents\": [ {\"id\": 5, \"name\": {\"x\": 1}", "[[[[", "{\"name\": \"no id\"}",
			"{\"contents\": \"not a list\"}", "{ not json at all" })
	void aBodyThatIsNotServicesIsRefusedAsSuch(String body) {
		assertThatThrownBy(() -> this.reader.files(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(HsdsJson.NotServices.class);
	}

	@Test
	void nestingDeeperThanTheParserAllowsIsRefusedAsNotServices() {
		String deep = "[".repeat(5000);
		assertThatThrownBy(() -> this.reader.files(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(HsdsJson.NotServices.class);
	}

	@Test
	void valuesOfTheWrongTypeAreReadAsTextNotRefused() {
		String body = "[{\"id\": 7, \"name\": 12, \"organization\": \"nope\", \"phones\": \"x\"}]";
		assertThat(this.reader.files(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.containsKeys("datapackage.json", "service.csv");
	}

}
