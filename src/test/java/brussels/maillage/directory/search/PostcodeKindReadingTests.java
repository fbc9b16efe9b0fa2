package brussels.maillage.directory.search;

import java.util.List;

import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind typed with a postcode alone ("gp 1190", "logopède 1080") is read as the kind
 * asked there, as with a commune's name (issue 17, session 23): the request carries the
 * place and (empty) place words, which {@code engine.ServiceKinds} needs to read the
 * kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostcodeKindReadingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceSearch search;

	private JudgedSet set;

	@BeforeAll
	void importThePackage() throws Exception {
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, "postcode-kind-reading", "postcode kind reading");
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		this.set.withdraw(this.jdbc);
	}

	@Test
	void readsAKindTypedWithAPostcodeAlone() {
		for (String text : List.of("gp 1190", "logopède 1080", "kiné 1140", "huisarts 1030")) {
			SearchRequest request = prepared(text).request();
			assertThat(request.commune()).as(text).isNotNull();
			assertThat(request.placeWords()).as(text).isNotNull();
			assertThat(Words.of(request.text())).as(text).isEqualTo(Words.of(text.substring(0, text.indexOf(' '))));
		}
		assertThat(prepared("gp 1190").request().commune()).isEqualTo("21007");
	}

	private ServiceSearch.Prepared prepared(String text) {
		return this.search.prepare(SearchQuery.of(text, Place.NOWHERE), false);
	}

}
