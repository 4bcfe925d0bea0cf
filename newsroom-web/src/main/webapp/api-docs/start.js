// Swagger UI on the document the page names (data-document); a file of its own, as the CSP allows no inline script.
window.addEventListener("load", function () {
    var root = document.getElementById("swagger-ui");
    window.ui = SwaggerUIBundle({url: root.dataset.document, domNode: root, presets: [SwaggerUIBundle.presets.apis]});
});
