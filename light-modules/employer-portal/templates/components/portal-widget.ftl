[#-- One Welcome Portal widget in an <iframe>. The portal's /embed/... routes post
     {type: 'welcome-portal:resize', height} to this window whenever their height changes (EmbedLayout); the
     script below accepts such messages only from the portal's origin and only from its own frame, and sets the
     frame's height. Every value from the dialog is escaped where it is written (?html in markup, ?url in the
     query string). --]
[#assign routes = {
  "self-check": "self-check",
  "pre-check": "pre-check",
  "booking": "booking",
  "my-case": "my-case",
  "guidance": "guidance"
}]
[#assign frameTitles = {
  "self-check": i18n['employer-portal.components.portal-widget.frameTitle.self-check'],
  "pre-check": i18n['employer-portal.components.portal-widget.frameTitle.pre-check'],
  "booking": i18n['employer-portal.components.portal-widget.frameTitle.booking'],
  "my-case": i18n['employer-portal.components.portal-widget.frameTitle.my-case'],
  "guidance": i18n['employer-portal.components.portal-widget.frameTitle.guidance']
}]
[#assign widget = content.widget!"self-check"]
[#if !routes[widget]??]
  [#assign widget = "self-check"]
[/#if]
[#-- Language: the editor's choice, otherwise the site's language; German where the portal has no translation. --]
[#if content.language?has_content]
  [#assign language = content.language?lower_case]
[#else]
  [#assign language = (cmsfn.language()!"de")?lower_case]
[/#if]
[#if language?length > 2]
  [#assign language = language[0..<2]]
[/#if]
[#if !["de", "en"]?seq_contains(language)]
  [#assign language = "de"]
[/#if]
[#-- The portal's address without trailing slash; only https addresses are framed (the dialog checks the same). --]
[#assign baseUrl = (content.portalBaseUrl!"")?trim]
[#list 1..3 as ignored]
  [#if baseUrl?ends_with("/")][#assign baseUrl = baseUrl?remove_ending("/")][/#if]
[/#list]
[#assign validBaseUrl = baseUrl?matches(r"https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?")]
<div class="welcome-portal-widget welcome-portal-widget--${widget?html}">
  [#if content.title?has_content]
    <h2>${content.title?html}</h2>
  [/#if]
  [#if content.intro?has_content]
    <p class="welcome-portal-widget__intro">${content.intro?html}</p>
  [/#if]
  [#if validBaseUrl]
    [#assign origin = baseUrl?replace(r"^(https://[^/]+).*$", "$1", "r")]
    <iframe src="${baseUrl?html}/embed/${routes[widget]?url}?lang=${language?url}"
            title="${frameTitles[widget]?html}"
            data-portal-origin="${origin?html}"
            loading="lazy"
            width="100%"
            height="600"
            referrerpolicy="strict-origin-when-cross-origin"
            style="border:0;width:100%;height:600px;display:block"></iframe>
    <script>
      (function () {
        var frame = document.currentScript && document.currentScript.parentNode.querySelector('iframe[data-portal-origin]');
        if (!frame || !window.addEventListener) {
          return;
        }
        var portalOrigin = frame.getAttribute('data-portal-origin');
        window.addEventListener('message', function (event) {
          // Only the portal (the configured base URL's origin), and only this widget's own frame.
          if (event.origin !== portalOrigin || event.source !== frame.contentWindow) {
            return;
          }
          var data = event.data;
          if (!data || data.type !== 'welcome-portal:resize') {
            return;
          }
          var height = Number(data.height);
          if (isFinite(height) && height > 0) {
            frame.style.height = Math.min(Math.ceil(height), 20000) + 'px';
          }
        });
      })();
    </script>
  [#elseif cmsfn.isEditMode()]
    <p class="welcome-portal-widget__hint">${i18n['employer-portal.components.portal-widget.missingBaseUrl']?html}</p>
  [/#if]
</div>
