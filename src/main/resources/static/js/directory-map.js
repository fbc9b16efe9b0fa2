/* Directory map: the Brussels territory drawn from the territory API, and a numbered marker for every element of the
   page that has data-lat and data-lon (search results, a service's addresses). The list shows the same. Also binds
   print buttons (data-print), since the page's security policy allows no inline script. */
(function () {
	'use strict';

	function number(text) {
		return text ? parseFloat(text.replace(',', '.')) : NaN;
	}

	function draw(element) {
		if (!window.L || element.dataset.drawn) {
			return;
		}
		element.dataset.drawn = 'true';
		var scope = element.closest('section, main, body') || document;
		var points = [];
		scope.querySelectorAll('[data-lat][data-lon]').forEach(function (item, index) {
			var lat = number(item.dataset.lat);
			var lon = number(item.dataset.lon);
			if (!isNaN(lat) && !isNaN(lon)) {
				var link = item.querySelector('a[href]');
				var title = item.querySelector('h3, .place-label');
				points.push({ lat: lat, lon: lon, label: (item.dataset.number || (index + 1)) + '',
					title: title ? title.textContent.trim() : '', href: link ? link.getAttribute('href') : null });
			}
		});
		if (points.length === 0) {
			element.closest('.directory-map-wrap').hidden = true;
			return;
		}
		element.setAttribute('role', 'region');
		element.setAttribute('aria-label', element.dataset.label || 'Map');
		var map = L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false });
		map.attributionControl.setPrefix(false);
		if (element.dataset.attribution) {
			map.attributionControl.addAttribution(element.dataset.attribution);
		}
		var bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; }));
		map.fitBounds(bounds.pad(0.3), { maxZoom: 15 });
		fetch(element.dataset.geojson, { headers: { 'Accept': 'application/json' } })
			.then(function (response) { return response.json(); })
			.then(function (collection) {
				L.geoJSON(collection, {
					style: function () {
						return { color: '#5b6670', weight: 1, fillColor: '#e9edf0', fillOpacity: 0.6 };
					}
				}).addTo(map).bringToBack();
			})
			.catch(function () { /* the markers stay without the territory's outline */ });
		points.forEach(function (p) {
			var marker = L.marker([p.lat, p.lon], {
				icon: L.divIcon({ className: 'map-number', html: '<span>' + p.label + '</span>', iconSize: [26, 26] }),
				title: p.label + '. ' + p.title,
				alt: p.label + '. ' + p.title
			}).addTo(map);
			if (p.href) {
				marker.on('click', function () { window.location.href = p.href; });
			}
		});
	}

	function start() {
		document.querySelectorAll('[data-directory-map]').forEach(draw);
		document.querySelectorAll('[data-print]').forEach(function (button) {
			if (!button.dataset.bound) {
				button.dataset.bound = 'true';
				button.addEventListener('click', function () { window.print(); });
			}
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
	document.addEventListener('htmx:afterSettle', start);
}());
