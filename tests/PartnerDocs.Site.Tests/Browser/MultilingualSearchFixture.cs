using Microsoft.Playwright;

namespace PartnerDocs.Tests.Browser;

/// <summary>
/// A small docset in es, fr, de, zh and ja (our own sentences) built with search, opened from file:// in headless Chromium.
/// Each locale has a home page, a billing page and a subscriptions page.
/// </summary>
public sealed class MultilingualSearchFixture : IAsyncLifetime
{
    private static readonly (string Path, string Text)[] Files =
    [
        ("docs/partnerdocs.yml", "title: Docs\nsourceLocale: es-es\nlocales: [es-es, fr-fr, de-de, zh-cn, ja-jp]\n"),
        .. Locale("es-es", "Inicio", "Bienvenido a la documentación para socios.",
            "Facturación", "Cada mes recibe una factura, con la conciliación de los cargos.",
            "Suscripciones", "Cree, suspenda y renueve las suscripciones de sus clientes."),
        .. Locale("fr-fr", "Accueil", "Bienvenue dans la documentation des partenaires.",
            "Lire votre facture", "Chaque mois, une facture détaille les frais de vos clients.",
            "Abonnements", "Créez, suspendez et renouvelez les abonnements de vos clients."),
        .. Locale("de-de", "Startseite", "Willkommen in der Dokumentation für Partner.",
            "Übersicht der Rechnungen", "Jeden Monat erhalten Sie eine Rechnung. Änderungen an Gebühren stehen in der Abrechnung.",
            "Abonnements", "Erstellen, pausieren und verlängern Sie die Abonnements Ihrer Kunden."),
        .. Locale("zh-cn", "首页", "欢迎阅读合作伙伴文档。",
            "账单概述", "每个月您都会收到一份账单，其中列出所有费用。",
            "管理订阅", "您可以在合作伙伴中心创建、暂停和续订客户的Azure订阅。"),
        .. Locale("ja-jp", "ホーム", "パートナー向けドキュメントへようこそ。",
            "請求書の確認", "毎月、請求書がメールで届きます。料金の内訳を確認してください。",
            "サブスクリプションの管理", "顧客のAzureサブスクリプションを作成、停止、更新できます。"),
    ];

    private readonly TempDocset docset = TempDocset.Create(Files);
    private TestBrowser? browser;

    public string SiteRoot => docset.OutputPath;

    public IBrowser Browser => browser!.Browser;

    public string BuildOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var result = Cli.CliRunner.Run("build", docset.PathOf("docs"), "-o", SiteRoot);
        Assert.True(result.ExitCode == 0, result.Stderr);
        BuildOutput = result.Stdout;
        browser = await TestBrowser.LaunchAsync();
    }

    /// <summary>A new page showing <paramref name="relative"/> (e.g. "zh-cn/index.html", optionally with "?q=...").</summary>
    public Task<IPage> OpenAsync(string relative) => browser!.OpenFileAsync(SiteRoot, relative);

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        docset.Dispose();
    }

    private static (string Path, string Text)[] Locale(string locale, string home, string homeText, string billing, string billingText, string subscriptions, string subscriptionsText) =>
    [
        ($"docs/{locale}/TOC.md", $"# [{home}](index.md)\n## [{billing}](billing.md)\n## [{subscriptions}](subscriptions.md)\n"),
        ($"docs/{locale}/index.md", $"# {home}\n\n{homeText}\n"),
        ($"docs/{locale}/billing.md", $"# {billing}\n\n{billingText}\n"),
        ($"docs/{locale}/subscriptions.md", $"# {subscriptions}\n\n{subscriptionsText}\n"),
    ];
}
