/**
 * The territory's public pages ({@code /territoire}: the region, each bassin, placing a
 * postcode or a point), its public JSON API ({@code /api/territory/**}), what it adds to
 * the navigation and the home page, and its settings ({@code maillage.territory.*}).
 */
package brussels.maillage.territory.pages;
