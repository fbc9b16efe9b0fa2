package brussels.maillage.territory.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the territory pages.
 *
 * @param tileUrl a same-origin tile URL template for the maps' background (the content
 * security policy allows images from this site only), for example
 * {@code /tiles/{z}/{x}/{y}.png}; empty draws the polygons alone
 * @param tileAttribution the attribution the tiles require
 */
@ConfigurationProperties("maillage.territory")
record TerritoryProperties(String tileUrl, String tileAttribution) {
}
