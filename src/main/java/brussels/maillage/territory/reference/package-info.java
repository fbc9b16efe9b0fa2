/**
 * The territory's reference data and its administration: the tables
 * ({@code TerritoryRepository}) loaded at start-up from Statbel's files
 * ({@code TerritoryLoader}), the sector shapes that place a point
 * ({@code PlacementIndex}), the official sector → quartier → bassin table an
 * administrator loads from CSV, and the assignments of sub-municipalities that
 * administrators change ({@code /admin/territory}).
 */
package brussels.maillage.territory.reference;
