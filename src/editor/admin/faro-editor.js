// faro's additions to Decap CMS, from the editor's own folder (the Content-Security-Policy
// allows no inline script): the preview is drawn with the site's own stylesheet, so a writer
// sees the page as readers will.
CMS.registerPreviewStyle("theme.css");

// Decap's Spanish lacks 86 of its 248 phrases (decap-cms-locales 3.16), which it then shows in
// English ("Add puntos clave", "Writing in EN"): the communications team works in Spanish, so
// faro fills them in. Decap's own phrases win wherever it has them.
(function () {
  const missing = {
    auth: { loginWithAzure: "Iniciar sesión con Azure", loginWithForgejo: "Iniciar sesión con Forgejo" },
    collection: {
      sidebar: { allCollections: "Todas las colecciones", searchIn: "Buscar en" },
      collectionTop: {
        viewAsList: "Ver como lista",
        viewAsGrid: "Ver como cuadrícula",
        searchResults: "Resultados de «%{searchTerm}»",
        searchResultsInCollection: "Resultados de «%{searchTerm}» en %{collection}",
        filterBy: "Filtrar por",
        groupBy: "Agrupar por",
      },
      entries: { unpublishedHeader: "Entradas sin publicar" },
      groups: { other: "Otros", negateLabel: "No %{label}" },
    },
    editor: {
      editorControl: { field: { widgetLabel: "Campo %{widgetLabel}" } },
      editorControlPane: {
        widget: {
          invalidPath: "«%{path}» no es una ruta válida",
          pathExists: "Ya existe la ruta «%{path}»",
        },
        i18n: {
          writingInLocale: "Escribiendo en %{locale}",
          copyFromLocale: "Copiar de otro idioma",
          copyFromLocaleConfirm: "¿Quieres copiar lo escrito en %{locale}?\nSe reemplaza todo lo que hay aquí.",
        },
      },
      editorInterface: {
        toggleI18n: "Mostrar u ocultar las traducciones",
        togglePreview: "Mostrar u ocultar la vista previa",
        toggleScrollSync: "Desplazar juntos",
        toggleNotes: "Mostrar u ocultar las notas",
      },
      editorNotesPane: {
        title: "Notas",
        emptyState: "Todavía no hay notas. Escribe la primera abajo.",
        addNote: "Agregar nota",
        addPlaceholder: "Escribe una nota…",
        editPlaceholder: "Cambia tu nota…",
        save: "Guardar",
        cancel: "Cancelar",
        edit: "Editar",
        delete: "Borrar",
        resolve: "Marcar como resuelta",
        unresolve: "Marcar como pendiente",
        confirmDelete: "¿Seguro que quieres borrar esta nota?",
        shortcut: "Consejo: Ctrl+Enter agrega la nota",
      },
      editorToolbar: {
        statusInfoTooltipDraft: "La entrada es un borrador. Para enviarla a revisión, cambia su estado a «En revisión».",
        statusInfoTooltipInReview: "La entrada está en revisión. No tienes que hacer nada más, pero puedes seguir cambiándola.",
      },
      editorWidgets: {
        markdown: {
          bold: "Negrita",
          italic: "Cursiva",
          strikethrough: "Tachado",
          code: "Código",
          link: "Enlace",
          linkPrompt: "Escribe la dirección del enlace",
          headings: "Títulos",
          quote: "Cita",
          bulletedList: "Lista con viñetas",
          numberedList: "Lista numerada",
          addComponent: "Agregar elemento",
          toggleMode: { rich: "Cambiar a texto enriquecido", markdown: "Cambiar a Markdown" },
        },
        image: {
          chooseMultiple: "Escoge imágenes",
          chooseUrl: "Insertar desde una dirección",
          replaceUrl: "Reemplazar con una dirección",
          promptUrl: "Escribe la dirección de la imagen",
          addMore: "Agregar más imágenes",
          removeAll: "Quitar todas las imágenes",
        },
        file: {
          chooseUrl: "Insertar desde una dirección",
          chooseMultiple: "Escoge archivos",
          replaceUrl: "Reemplazar con una dirección",
          promptUrl: "Escribe la dirección del archivo",
          addMore: "Agregar más archivos",
          removeAll: "Quitar todos los archivos",
        },
        datetime: { setToNow: "Poner %{fieldLabel} en este momento" },
        list: { add: "Agregar %{item}", addType: "Agregar %{item}" },
        object: { expand: "Abrir", collapse: "Cerrar" },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: {
        copy: "Copiar",
        copyUrl: "Copiar la dirección",
        copyPath: "Copiar la ruta",
        copyName: "Copiar el nombre",
        copied: "Copiado",
      },
      mediaLibraryModal: { close: "Cerrar" },
    },
    ui: {
      settingsDropdown: { account: "Opciones de la cuenta" },
      toast: {
        noteAdded: "Nota agregada",
        onFailToAddNote: "No se pudo agregar la nota: %{details}",
        noteUpdated: "Nota cambiada",
        onFailToUpdateNote: "No se pudo cambiar la nota: %{details}",
        noteDeleted: "Nota borrada",
        onFailToDeleteNote: "No se pudo borrar la nota: %{details}",
        noteResolved: "Nota resuelta",
        noteReopened: "Nota abierta de nuevo",
        onFailToToggleNote: "No se pudo cambiar el estado de la nota: %{details}",
        onLoggedOut: "Se cerró tu sesión. Guarda una copia de lo que escribiste e inicia sesión otra vez.",
        onBackendDown: "El servicio donde se guarda el sitio tiene una falla. Mira %{details} para saber más.",
      },
    },
  };
  function under(theirs, ours) {
    const merged = { ...ours };
    for (const [key, value] of Object.entries(theirs ?? {})) {
      merged[key] = value && typeof value === "object" ? under(value, ours[key] ?? {}) : value;
    }
    return merged;
  }
  CMS.registerLocale("es", under(CMS.getLocale("es"), missing));
})();

// The published site's editor (faro-git-host.js, loaded before Decap) starts Decap here, once
// its backends are registered; `faro edit` has no such file and Decap starts by itself.
if (window.faroGitHost) window.faroGitHost();
