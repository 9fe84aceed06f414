// The offices' map (Leaflet): shown only when this script runs; the list beside it says it all.
(function () {
	'use strict';
	var section = document.querySelector('.map-section');
	if (!section || typeof L === 'undefined') {
		return;
	}
	var element = section.querySelector('.map');
	var data = element.dataset;
	section.hidden = false;

	var MARKER_SIZE = 24;
	var MARKER = L.divIcon({ className: 'office-marker', iconSize: [MARKER_SIZE, MARKER_SIZE] });
	var map = L.map(element, { zoomControl: false, scrollWheelZoom: false, zoomSnap: 0.25 });
	L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
	map.attributionControl.setPrefix(false);
	if (data.tiles) {
		var attribution = document.createElement('a');
		attribution.href = data.attributionUrl;
		attribution.textContent = data.attribution;
		L.tileLayer(data.tiles, { maxZoom: 19, attribution: attribution.outerHTML }).addTo(map);
	}
	map.on('popupopen', function (event) {
		var close = event.popup.getElement().querySelector('.leaflet-popup-close-button');
		if (close) {
			close.setAttribute('aria-label', data.close);
			close.title = data.close;
		}
	});

	fetch(data.source, { headers: { Accept: 'application/geo+json' } })
		.then(function (response) { return response.json(); })
		.then(function (offices) {
			var layer = L.geoJSON(offices, {
				pointToLayer: function (feature, point) {
					var name = feature.properties.name;
					var marker = L.marker(point, { icon: MARKER, title: name, keyboard: true });
					marker.on('add', function () {
						marker.getElement().setAttribute('aria-label', name);
					});
					return marker;
				},
				onEachFeature: function (feature, marker) {
					var link = document.createElement('a');
					link.href = feature.properties.url;
					link.textContent = feature.properties.name;
					var popup = document.createElement('p');
					popup.appendChild(link);
					marker.bindPopup(popup);
				}
			}).addTo(map);
			if (offices.features.length === 1) {
				map.setView(layer.getBounds().getCenter(), 16);
			}
			else {
				map.fitBounds(layer.getBounds(), { padding: [24, 24] });
				// No clustering: zoom in until every marker is a full target away from the others.
				var points = layer.getLayers().map(function (marker) { return marker.getLatLng(); });
				while (map.getZoom() < 17 && tooClose(points)) {
					map.setZoom(map.getZoom() + 0.25, { animate: false });
				}
			}
			section.dataset.ready = 'true';
		});

	function tooClose(points) {
		return points.some(function (a, i) {
			return points.slice(i + 1).some(function (b) {
				return map.latLngToLayerPoint(a).distanceTo(map.latLngToLayerPoint(b)) < MARKER_SIZE + 4;
			});
		});
	}
}());
