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
				// Every office in the frame, with room for a marker moved aside, again
				// whenever the frame changes size (a phone turned, a window resized).
				var frame = function () {
					map.fitBounds(layer.getBounds(), { padding: [MARKER_SIZE * 2 + 8, MARKER_SIZE * 2 + 8], animate: false });
				};
				frame();
				spread(layer);
				map.on('zoomend', function () { spread(layer); });
				map.on('resize', frame);
			}
			section.dataset.ready = 'true';
		});

	// No clustering and no zooming past the frame: a marker that would cover another is
	// moved aside, a full target away, so that each stays a target of its own.
	function spread(layer) {
		var placed = [];
		layer.eachLayer(function (marker) {
			var point = map.latLngToLayerPoint(marker.getLatLng());
			var shift = L.point(0, 0);
			while (placed.some(function (other) { return other.distanceTo(point.add(shift)) < MARKER_SIZE + 4; })) {
				shift = shift.add(L.point(MARKER_SIZE + 4, 0));
			}
			placed.push(point.add(shift));
			marker.setIcon(L.divIcon({ className: 'office-marker', iconSize: [MARKER_SIZE, MARKER_SIZE],
				iconAnchor: [MARKER_SIZE / 2 - shift.x, MARKER_SIZE / 2 - shift.y] }));
			marker.getElement().setAttribute('aria-label', marker.options.title);
		});
	}
}());
