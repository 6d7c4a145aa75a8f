[#-- Page template of the Welcome Portal light module: the page's title and intro, then the main area with the
     portal widgets. The site's own page templates can include the component instead; this page is the minimal
     stand-alone frame. --]
[#assign language = cmsfn.language()!"de"]
<!DOCTYPE html>
<html lang="${language?html}">
<head>
  [@cms.page /]
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${(content.windowTitle!content.title!i18n['employer-portal.pages.portal-page.defaultTitle'])?html}</title>
</head>
<body class="welcome-portal-page">
  <main>
    <h1>${(content.title!i18n['employer-portal.pages.portal-page.defaultTitle'])?html}</h1>
    [#if content.intro?has_content]
      <p class="welcome-portal-intro">${content.intro?html}</p>
    [/#if]
    [@cms.area name="main" /]
  </main>
</body>
</html>
