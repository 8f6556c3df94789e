// Independent ground truth for the real PDF corpus in ../shared/corpus/pdf/ (see MANIFEST.md there).
//
// How these strings were obtained (NOT from plan-import's extractor, so the test is not circular):
// every listed page was rendered to PNG and read by eye. Pages with embedded fonts were rendered with
// pdf.js (pdf-parse getScreenshot) and/or poppler's pdftoppm; pages whose fonts are NOT embedded
// render as tofu in pdf.js under Node, so they were rendered with poppler (pdftoppm + poppler-data
// CMaps, IPA Mincho/Gothic substituted for the missing Japanese fonts) — an independent implementation
// of the Adobe-Japan1 / predefined-CMap decoding. Strings were cross-checked against the manifest's
// quotes. Whitespace is ignored when comparing, so letter-spaced headings (`富 士 市`,
// `特 別 区 民 税`) are written without spaces. Strings are the code points a reader would type:
// （ not ︵, 、 not ︑, 理 U+7406 not U+F9E4, 生 not ⽣. Full-width digits are kept where the document
// really uses them (Fuji/Sakaiminato: １０４，５００，０００千円, 令和７年).
//
// Deliberately NOT expected: labels stacked one character per line inside table cells (Sakaiminato
// member names 荒/井/秀/行, 市/長/提/出/議/案; Fuji 本/年/度): whether an extractor joins them is a
// layout decision, not a decoding one. Invisible text (the Fuji kan03 footer `歳入予算書＿事項別明細書`,
// which is in the text layer but not drawn) is also not expected.

export interface CorpusCase {
  file: string; // file name in ../shared/corpus/pdf/
  pages: number; // page count (from the manifest)
  /** Strings that must appear in the extracted text of the given page (whitespace is ignored when comparing). Each 2–20 characters, mostly Japanese. */
  expect: { page: number; text: string }[];
  /** Only for files whose text no text-layer reader can decode, or pages with no text layer: which pages should be reported. */
  noTextPages?: number[];
  /** Text that a correct extraction must NOT contain on that page (e.g. vertical presentation forms ︵ ︶ ︑ that should be folded, Kangxi radicals). Optional. */
  reject?: { page: number; text: string }[];
  why: string; // one line: what this case exercises (from the manifest)
  /**
   * Added by the importer's developers, not the reader: pdf.js (5.4.296) cannot decode this text
   * although poppler can. The reader's strings stay above as the target; until then the importer
   * must say so with this error, on these pages.
   */
  undecodable?: { code: string; pages: number[]; reason: string };
}

const VERTICAL_FORMS = ['︑', '︒', '︵', '︶', '﹁', '﹂'];

export const corpusCases: CorpusCase[] = [
  // ───────────────────────── Municipal documents ─────────────────────────
  {
    file: 'muni-fuji-r7-budget-overview-docuworks.pdf',
    pages: 19,
    expect: [
      { page: 1, text: '一般会計予算書' },
      { page: 1, text: '附予算説明書' },
      { page: 1, text: '富士市' },
      { page: 2, text: '面積' },
      { page: 2, text: '人口' },
      { page: 2, text: '２４６，４９１' },
      { page: 2, text: '世帯数' },
      { page: 3, text: '富士市一般会計予算' },
      { page: 3, text: '歳入歳出予算の総額は' },
      { page: 3, text: '１０４，５００，０００千円' },
      { page: 3, text: '債務負担行為' },
      { page: 3, text: '一時借入金の借入れの最高額' },
      { page: 3, text: '富士市長' },
      { page: 4, text: '歳入歳出予算' },
      { page: 4, text: '固定資産税' },
      { page: 4, text: '地方揮発油譲与税' },
      { page: 4, text: '株式等譲渡所得割交付金' },
      { page: 4, text: 'ゴルフ場利用税交付金' },
      { page: 4, text: '48,352,400' },
      { page: 10, text: '債務負担行為' },
      { page: 10, text: '財務会計システム改修業務' },
      { page: 10, text: '生活困窮世帯学習支援事業' },
      { page: 10, text: '給水装置工事申請受付業務' },
      { page: 10, text: '農林漁業資金特別融資元利金補給' },
      { page: 12, text: '地方債' },
      { page: 12, text: '起債の目的' },
      { page: 12, text: '償還の方法' },
      { page: 12, text: '市民活動支援施設改修事業' },
      { page: 12, text: '放課後児童クラブ整備事業' },
      { page: 12, text: '看護専門学校改修事業' },
    ],
    why: 'Fuji R7 budget front matter (DocuWorks→Ghostscript, embedded MS-Mincho with ToUnicode): letter-spaced cover, 第1条… with full-width amounts, 第1表 款/項 table, 第2表 債務負担行為, 第3表 地方債',
  },
  {
    file: 'muni-fuji-r7-budget-revenue-kan03-table-landscape.pdf',
    pages: 1,
    expect: [
      { page: 1, text: '３款利子割交付金' },
      { page: 1, text: '利子割交付金' },
      { page: 1, text: '22,000千円' },
      { page: 1, text: '本年度予算額' },
      { page: 1, text: '前年度予算額' },
      { page: 1, text: '交付率' },
    ],
    why: 'One 歳入事項別明細書 2-up landscape spread (款/項/目, 本年度/前年度予算額 in 千円, 節/説明); footer text in the layer is not drawn and is not expected',
  },
  {
    file: 'muni-fuji-r7-budget-salary-tables-landscape.pdf',
    pages: 15,
    expect: [
      { page: 3, text: '特別職' },
      { page: 3, text: '会計年度任用職員以外の職員' },
      { page: 3, text: '期末手当' },
      { page: 3, text: '管理職手当' },
      { page: 3, text: '扶養手当' },
      { page: 3, text: '△48' },
      { page: 3, text: '△24,227' },
      { page: 3, text: '15,211,754' },
      { page: 9, text: '以降にわたるものについての' },
      { page: 9, text: '例規集データ更新業務' },
      { page: 9, text: 'コールセンター業務' },
      { page: 9, text: '高齢者運転免許証返納支援事業' },
      { page: 9, text: '市民交流施設運営管理業務' },
      { page: 9, text: '2,676,300' },
      { page: 15, text: '現在高見込額' },
      { page: 15, text: '起債見込額' },
      { page: 15, text: '災害復旧債' },
      { page: 15, text: '減税補てん債' },
      { page: 15, text: '臨時財政対策債' },
      { page: 15, text: '77,790,416' },
    ],
    noTextPages: [1, 2],
    why: '給与費明細書 / 債務負担行為 / 地方債 dense ruled tables with △ negatives; pp.1–2 visibly show 諸支出金/予備費 tables but are drawn as outlines (no text objects, no images) and must be reported as no-text like a scan',
  },
  {
    file: 'muni-setagaya-r8-budget-book-indesign.pdf',
    pages: 408,
    expect: [
      { page: 1, text: '世田谷区予算' },
      { page: 1, text: '2026年度' },
      { page: 1, text: '国民健康保険事業会計' },
      { page: 1, text: '後期高齢者医療会計' },
      { page: 1, text: '介護保険事業会計' },
      { page: 5, text: '議案第1号' },
      { page: 5, text: '世田谷区一般会計予算' },
      { page: 5, text: '431,353,010千円' },
      { page: 5, text: '第3表特別区債' },
      { page: 5, text: '世田谷区長保坂展人' },
      { page: 6, text: '歳入歳出予算' },
      { page: 6, text: '特別区民税' },
      { page: 6, text: '特別区たばこ税' },
      { page: 6, text: '154,564,625' },
      { page: 6, text: '交通安全対策特別交付金' },
      { page: 6, text: '特別区財政調整交付金' },
      { page: 50, text: '特別区交付金' },
      { page: 50, text: '普通交付金' },
      { page: 50, text: '特別区財政調整普通交付金' },
      { page: 50, text: '政策経営部' },
      { page: 50, text: '72,505,000' },
      { page: 200, text: '環境費' },
      { page: 200, text: '清掃管理費' },
      { page: 200, text: '財産運用収入' },
      { page: 200, text: '清掃職員の被服貸与' },
      { page: 200, text: '清掃職員の安全衛生' },
      { page: 200, text: '有料ごみ処理券事務' },
      { page: 200, text: '13,912,995' },
      { page: 400, text: '給与費明細書' },
    ],
    reject: [
      { page: 200, text: '⽣' }, // U+2F63 KANGXI RADICAL LIFE instead of 生 in 衛生
    ],
    why: 'Setagaya R8 budget book (InDesign, A3 spreads, Morisawa CID fonts with ToUnicode): letter-spaced cover whose lines interleave in naive reading order, 議案第1号, 第1表 款/項 with inter-character padding, 事項別明細 spreads; large stress file',
  },
  {
    file: 'muni-sakaiminato-r7-01-council-votes-excel-vertical-names.pdf',
    pages: 1,
    expect: [
      { page: 1, text: '令和７年１月臨時会' },
      { page: 1, text: '議決結果一覧表【議案】' },
      { page: 1, text: '境港市一般会計補正予算' },
      { page: 1, text: '原案可決' },
      { page: 1, text: '全会一致' },
      { page: 1, text: '賛否状況' },
      { page: 1, text: '自由未来' },
      { page: 1, text: 'きょうどう' },
      { page: 1, text: '無所属' },
      { page: 1, text: '議長' },
      { page: 1, text: '欠席' },
    ],
    why: 'Excel→PDF 議決結果一覧表 (BIZ-UDGothic Identity-H with ToUnicode): ruled vote matrix, names stacked one char per line (not expected as joined strings), votes 〇/×',
  },
  {
    file: 'muni-sakaiminato-r7-03-council-votes-excel-3p.pdf',
    pages: 3,
    expect: [
      { page: 1, text: '令和７年３月定例会' },
      { page: 1, text: '議決結果一覧表' },
      { page: 1, text: '人権擁護委員候補者の推薦について' },
      { page: 1, text: '副市長の選任について' },
      { page: 1, text: '推薦に同意' },
      { page: 1, text: '境港市後期高齢者医療費特別会計予算' },
      { page: 2, text: '議決結果一覧表' },
      { page: 2, text: '太陽光発電設備管理基金条例制定について' },
      { page: 2, text: '水木しげる基金条例' },
      { page: 2, text: '市民バスの運行に関する条例を廃止する' },
      { page: 2, text: '原案可決' },
      { page: 3, text: '議決結果一覧表' },
      { page: 3, text: '委員会提出議案' },
      { page: 3, text: '議会政治倫理条例' },
      { page: 3, text: '旧姓の通称使用の法制化を求める陳情' },
      { page: 3, text: '不採択' },
    ],
    why: 'Same Excel layout over 3 pages with the table header repeated on every page; dozens of 議案 rows (予算/条例/陳情) with 原案可決 (全会一致), 同意, 採択/不採択',
  },

  // ───────────────────────── CJK encoding cases ─────────────────────────
  {
    file: 'cjk-kanpo-gazette-vertical-ryumin-noembed.pdf',
    pages: 1,
    expect: [
      { page: 1, text: '官報' },
      { page: 1, text: '政令第百四十九号' },
      { page: 1, text: '道路交通法施行令の一部を改正する政令' },
      { page: 1, text: '内閣は、道路交通法の一部を改正する法律' },
      { page: 1, text: '青色の灯火の項第三号中' },
      { page: 1, text: '歩行者は、進行することができること' },
      { page: 1, text: '傷病者の緊急搬送をしようとする都道府県' },
      { page: 1, text: '応急の治療を行う医師' },
      { page: 1, text: '委託することのできない事務' },
    ],
    reject: VERTICAL_FORMS.map((text) => ({ page: 1, text })),
    why: '官報 page in vertical columns, non-embedded Ryumin/GothicBBB Identity-H/V without ToUnicode (decodable via Adobe-Japan1); vertical punctuation must be folded; read from a poppler render with substituted fonts (the date digits are in a custom-encoded Type1C font and are not expected)',
  },
  {
    file: 'cjk-miyazawa-jo-identity-v-dvipdfmx.pdf',
    pages: 1,
    expect: [
      { page: 1, text: 'わたくしといふ現象は' },
      { page: 1, text: '假定された有機交流電燈の' },
      { page: 1, text: 'ひとつの青い照明です' },
      { page: 1, text: 'あらゆる透明な幽霊の複合体' },
      { page: 1, text: '（ひかりはたもち、その電燈は失はれ）' },
      { page: 1, text: '因果交流電燈の' },
      { page: 1, text: 'これらは二十二箇月の' },
      { page: 1, text: 'みんなは二千年ぐらゐ前には' },
      { page: 1, text: '第四次延長のなかで主張されます' },
      { page: 1, text: '大正十三年一月廿日' },
      { page: 1, text: '宮澤賢治' },
    ],
    reject: VERTICAL_FORMS.map((text) => ({ page: 1, text })),
    why: '宮沢賢治「序」in tategaki, non-embedded Ryumin-Light Identity-V without ToUnicode: text only via Adobe-Japan1 CID→Unicode; old kana/kanji (いふ, 假定, ゐ); vertical brackets must fold to （）; read from a poppler render',
  },
  {
    file: 'cjk-simple3-ryumin-v-predefined-cmap.pdf',
    pages: 1,
    expect: [{ page: 1, text: 'あいうえお' }],
    undecodable: { code: 'pdf/font-not-decodable', pages: [1], reason: 'pdf.js fails to load the font ("Base font is not specified") and drops its text' },
    why: 'Hand-written PDF: あいうえお twice in vertical Ryumin-Light with the predefined JIS CMap V (not embedded, no ToUnicode); read from a poppler render',
  },
  {
    file: 'cjk-nlp2004-slides-hirakaku-identity-h-no-tounicode.pdf',
    pages: 31,
    expect: [
      { page: 1, text: 'コンパラブルな新聞記事からの' },
      { page: 1, text: '固有表現の発見' },
      { page: 1, text: '新山祐介' },
      { page: 1, text: '関根' },
      { page: 2, text: '研究の背景' },
      { page: 2, text: '固有表現抽出' },
      { page: 2, text: '文章中に現れる固有表現をタグ付け' },
      { page: 2, text: 'コーパスや辞書からあらかじめ学習' },
      { page: 2, text: '方法が主流' },
      { page: 15, text: '実験環境' },
      { page: 15, text: '双方の新聞に含まれている単語で' },
      { page: 15, text: 'ごく簡単なトーカナイザのみを使用' },
      { page: 15, text: '分布の類似度を単語のスコア' },
      { page: 31, text: '再現率と適合率の関係' },
      { page: 31, text: '適合率' },
      { page: 31, text: '再現率' },
    ],
    why: 'Japanese slide deck: embedded HiraKakuPro CFF Identity-H without ToUnicode (Japan1 charset), bullets, mixed Japanese/English, background image per page',
  },
  {
    file: 'cjk-90ms-rksj-h-heiseimin-noembed.pdf',
    pages: 1,
    expect: [{ page: 1, text: '日本語テスト' }],
    undecodable: { code: 'pdf/garbled-text', pages: [1], reason: 'the CIDFont is declared TrueType, so pdf.js does not apply 90ms-RKSJ-H and returns single bytes (œ{ŒeXg)' },
    why: 'Hello ASCII 日本語テスト: Shift_JIS byte strings through predefined 90ms-RKSJ-H, HeiseiMin not embedded, no ToUnicode; read from a poppler render (pdf.js renders tofu)',
  },
  {
    file: 'cjk-90ms-rksj-v-kozmin-vertical-noembed.pdf',
    pages: 1,
    expect: [
      { page: 1, text: 'あいう' },
      { page: 1, text: 'abcあいうabcあいう' },
    ],
    why: 'Vertical Shift_JIS (90ms-RKSJ-V), KozMinPro6N not embedded, direct font dict: `abc あいうabc あいう` in one column; read from a poppler render',
  },
  {
    file: 'cjk-patent-abstract-ryumin-90ms-rksj-h.pdf',
    pages: 2,
    expect: [
      { page: 1, text: '【要約】' },
      { page: 2, text: '指定国・地域' },
    ],
    why: 'Patent gazette fragment on tiny 200×50 pages: (57)【要約】 and (81)指定国・地域 AP in non-embedded Ryumin-Light 90ms-RKSJ-H; read from a poppler render',
  },
  {
    file: 'cjk-noembed-90ms-rksj-h-msgothic.pdf',
    pages: 1,
    expect: [{ page: 1, text: 'あいうえお' }],
    why: 'あいうえお in Shift_JIS through 90ms-RKSJ-H, MS-Gothic CID TrueType not embedded, no ToUnicode; read from a poppler render',
  },
  {
    file: 'cjk-noembed-euc-h-msgothic.pdf',
    pages: 1,
    expect: [{ page: 1, text: 'あいうえお' }],
    why: 'あいうえお in EUC-JP through predefined EUC-H, MS-Gothic not embedded, no ToUnicode; read from a poppler render',
  },
  {
    file: 'cjk-noembed-jis-h-ryumin-dvipdfm.pdf',
    pages: 1,
    expect: [{ page: 1, text: 'ABCあいうえお123' }],
    why: 'ABC あいうえお 123 from dvipdfm: Ryumin-Light with predefined JIS CMap H, not embedded, no ToUnicode; read from a poppler render',
  },
  {
    file: 'cjk-noembed-identity-h-ryumin-dvipdfmx.pdf',
    pages: 1,
    expect: [{ page: 1, text: 'ABCあいうえお123' }],
    why: 'ABC あいうえお 123: Ryumin-Light Identity-H, not embedded, no ToUnicode — recoverable only from the Adobe-Japan1 ordering; read from a poppler render',
  },
  {
    file: 'cjk-noembed-identity-h-mspgothic.pdf',
    pages: 1,
    expect: [{ page: 1, text: 'あAbstract012' }],
    why: 'あAbstract012: non-embedded MS-PGothic Identity-H without ToUnicode; manifest calls the CIDs unreliable glyph ids, but the font declares CIDSystemInfo Adobe-Japan1-2 and the CIDs (0x034B=あ, 0x22=A, 0xF7=0) are valid Japan1 CIDs — poppler renders and extracts あAbstract012 — so it is expected as recoverable',
  },
  {
    file: 'cjk-vertical-aokinmincho-identity-v-no-tounicode.pdf',
    pages: 3,
    expect: [
      { page: 1, text: 'あいうえお' },
      { page: 1, text: '日本語' },
    ],
    // pp.2–3 draw nothing at all: a blank page is not a page without a text layer, so it is not reported.
    why: 'Vertical あいうえお / 日本語 in embedded AokinMincho CID TrueType Identity-V without ToUnicode (CIDs are Japan1 values); pp.2–3 are blank',
  },
  {
    file: 'cjk-notosanscjkjp-identity-v-and-h-kerning.pdf',
    pages: 1,
    expect: [
      { page: 1, text: 'あのイーハトーヴォのすきとおった風' },
      { page: 1, text: '文字ツメ' },
    ],
    why: 'Same sentence in 9 vertical columns under tracking/文字ツメ/kerning settings (NotoSansCJKjp Identity-V/H, ToUnicode): no spaces inserted or kana dropped; vertical ー must come out as U+30FC',
  },
  {
    file: 'cjk-futogo-identity-h-no-tounicode-bad-stream.pdf',
    pages: 1,
    expect: [{ page: 1, text: '準会場で受験の方' }],
    why: '準会場で受験の方 in embedded FutoGoB101 CFF Identity-H without ToUnicode; a stream with a wrong /Length (robustness)',
  },
  {
    file: 'cjk-regulation-text-kozmin-identity-h-acrobat.pdf',
    pages: 1,
    expect: [
      { page: 1, text: '電線接続端子部が次のいずれにも該当' },
      { page: 1, text: 'ねじ止め端子であること' },
      { page: 1, text: '接続を行うことができる速結端子' },
      { page: 1, text: 'スプリング式ねじなし端子' },
      { page: 1, text: '平方ミリメートル以上のものに限' },
      { page: 1, text: '絶縁電線関係' },
      { page: 1, text: 'トリプレックス絶縁電線' },
      { page: 1, text: '対象外として取り扱う' },
      { page: 1, text: 'ケーブル関係' },
    ],
    why: 'Regulatory text (電気用品の解釈), KozMinPr6N with ToUnicode: full-width item markers ａ ｂ ｃ, numbered headings １．１, 「」, line-wrapped sentences (one expected string spans a line break)',
  },
  {
    file: 'cjk-nonbmp-chars-ipaexmincho.pdf',
    pages: 1,
    expect: [
      { page: 1, text: '𠮟る、𩸽、𠀋。' },
      { page: 1, text: '𠮟る' },
    ],
    why: 'Supplementary-plane kanji 𠮟 𩸽 𠀋 via surrogate pairs in ToUnicode (IPAexMincho)',
  },
  {
    file: 'cjk-nonbmp-char-udshingo-no-tounicode.pdf',
    pages: 1,
    // The page holds this one character only: 1 code point (2 UTF-16 code units).
    expect: [{ page: 1, text: '𠮷' }],
    why: 'Single non-BMP kanji 𠮷 (U+20BB7) in embedded UDShinGoPro CFF Identity-H without ToUnicode (web capture)',
  },
  {
    file: 'cjk-brochure-meiryo-noembed-tounicode.pdf',
    pages: 1,
    expect: [
      { page: 1, text: '3Dレーザーレーダー' },
      { page: 1, text: '隙間のない空間スキャンで' },
      { page: 1, text: '人や物体を検知する' },
      { page: 1, text: '光学技術×レーザー走査技術' },
      { page: 1, text: '情報処理' },
    ],
    reject: [
      { page: 1, text: '\uF9E4' }, // CJK COMPATIBILITY IDEOGRAPH 理: this file's ToUnicode maps 理 there; a reader types U+7406
    ],
    why: 'Short brochure in non-embedded Meiryo with a ToUnicode CMap; × is U+00D7; ToUnicode maps 理 to compatibility ideograph U+F9E4, which must be folded to U+7406',
  },
  {
    file: 'cjk-instructions-hgpgothic-identity-h-partial-text.pdf',
    pages: 1,
    expect: [
      { page: 1, text: 'インストールについて' },
      { page: 1, text: 'の場合】' },
      { page: 1, text: 'コントロールパネル' },
      { page: 1, text: 'プログラムのアンインストール' },
      { page: 1, text: 'を押下します' },
      { page: 1, text: '一覧の中にある' },
      { page: 1, text: '全て削除して下さい' },
      { page: 1, text: '等の表記がございます' },
    ],
    why: 'Office-style instructions in embedded HGPGothicE without ToUnicode; Latin product/OS names are blank in the render and in the text, so the text has holes (partial extraction)',
  },
  {
    file: 'cjk-tex-prose-hiramin-identity-h-no-tounicode.pdf',
    pages: 1,
    expect: [
      { page: 1, text: 'マーケットモデルは' },
      { page: 1, text: '取引できない商品' },
      { page: 1, text: '非完備の場合' },
      { page: 1, text: '価格も一意でなくなる' },
      { page: 1, text: '無裁定条件の議論' },
      { page: 1, text: 'ボラティリティは高くなっている' },
      { page: 1, text: 'ブラウン運動と同じ期待値を持つ' },
      { page: 1, text: '現在のフレームワークにおいては' },
      { page: 1, text: 'リスクとリターンに' },
      { page: 1, text: '原資産に対する評価は変化せず' },
    ],
    why: 'TeX prose in embedded HiraMinProN CFF Identity-H without ToUnicode (Japan1 CIDs); inline math removed, Japanese punctuation set as , and .',
  },
];
