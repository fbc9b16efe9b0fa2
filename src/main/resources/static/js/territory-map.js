/* Territory map: draws the sub-municipalities coloured by bassin with Leaflet, without any tile server
   unless one is configured. The same facts are in the page's tables. */
(function () {
	'use strict';

	function colour(bassin) {
		var value = getComputedStyle(document.documentElement).getPropertyValue('--bassin-' + (bassin || 'REGION'));
		return value ? value.trim() : '#8c8c8c';
	}

	function number(text) {
		return text ? parseFloat(text.replace(',', '.')) : NaN;
	}

	function start() {
		var element = document.getElementById('territory-map');
		if (!element || !window.L) {
			return;
		}
		var data = element.dataset;
		var language = document.documentElement.lang || 'fr';
		var fallback = element.querySelector('.territory-map-fallback');
		if (fallback) {
			fallback.remove();
		}
		var map = L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false });
		map.attributionControl.setPrefix(false);
		if (data.attribution) {
			map.attributionControl.addAttribution(data.attribution);
		}
		if (data.tileUrl) {
			L.tileLayer(data.tileUrl, { attribution: data.tileAttribution || '', maxZoom: 18 }).addTo(map);
		}
		if (data.placeUrl) {
			// A click places that point; the place form offers the same with the keyboard.
			map.on('click', function (event) {
				window.location.href = data.placeUrl + '?lat=' + event.latlng.lat.toFixed(5) + '&lon=' + event.latlng.lng.toFixed(5);
			});
		}
		var lat = number(data.lat);
		var lon = number(data.lon);
		fetch(data.geojson, { headers: { 'Accept': 'application/json' } })
			.then(function (response) {
				return response.json();
			})
			.then(function (collection) {
				var layer = L.geoJSON(collection, {
					filter: function (feature) {
						return !data.bassin || feature.properties.bassin === data.bassin;
					},
					style: function (feature) {
						return { color: '#1b1f23', weight: 1, fillColor: colour(feature.properties.bassin), fillOpacity: 0.65 };
					},
					onEachFeature: function (feature, shape) {
						var p = feature.properties;
						var name = p['name_' + language] || p.name_fr;
						var bassin = p.bassin ? (p['bassin_' + language] || p.bassin_fr) : data.regionLevel;
						shape.bindTooltip(name + ' — ' + bassin, { sticky: true });
					}
				});
				var bounds = layer.getBounds();
				var point = !isNaN(lat) && !isNaN(lon);
				if (point) {
					bounds.extend(L.latLng(lat, lon));
				}
				// The map needs a view before any layer is drawn.
				map.fitBounds(bounds, { padding: [10, 10] });
				layer.addTo(map);
				if (point) {
					L.circleMarker([lat, lon], { radius: 8, color: '#1b1f23', weight: 3, fillColor: '#ffbf47', fillOpacity: 1 }).addTo(map);
				}
			});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
