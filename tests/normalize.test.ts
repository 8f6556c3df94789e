import { describe, expect, it } from 'vitest';
import { foldLookalikes } from '../src/normalize/characters.js';
import { cleanText } from '../src/normalize/clean-text.js';
import { stripMarkup } from '../src/normalize/markup.js';
import { joinWrappedLines } from '../src/layout/paragraphs.js';

// Real phrases from ../shared/seeds, the value a reader expects, and why.
const CLEAN: [string, string, string][] = [
  ['高めま す。', '高めます。', 'kariya: a cell wrap left a space inside a word'],
  ['部 局 名', '部局名', 'kuwana: letter-spaced label'],
  ['政 策 経 営 部', '政策経営部', 'bucho: letter-spaced department'],
  ['伊 勢 崎 市', '伊勢崎市', 'isesaki: letter-spaced city on the cover'],
  ['J R刈谷駅', 'JR刈谷駅', 'kariya: Latin letter-spaced'],
  ['I C Tの活用', 'ICTの活用', 'kariya: Latin letter-spaced acronym'],
  ['チョイスP a y加盟店の拡大', 'チョイスPay加盟店の拡大', 'kariya 102: one word letter-spaced'],
  ['NB O', 'NBO', 'kariya 235: a run and a single letter'],
  ['P D C Aサイクル', 'PDCAサイクル', 'letter-spaced acronym before katakana'],
  ['テレワーク用のUSB Dongleは', 'テレワーク用のUSB Dongleは', 'kisarazu: a space between Latin words stays'],
  ['公式SNS等のフォロワー数 50,000人', '公式SNS等のフォロワー数 50,000人', 'kariya: label and value keep their space'],
  ['働き方改革の促進 (時間外勤務の縮減)', '働き方改革の促進(時間外勤務の縮減)', 'kisarazu: space before a half-width bracket'],
  ['<p>風通しの良い体制づくり！ 組織横断的な連携のもと、 責任ある立場で政策を牽引！</p>', '風通しの良い体制づくり！組織横断的な連携のもと、責任ある立場で政策を牽引！', 'bucho: markup and wrap spaces'],
  ['**達成**', '達成', 'bucho markdown: bold residue'],
  ['<small>※以下の条件で算出</small>', '※以下の条件で算出', 'kisarazu: inline tag removed, text kept'],
  ['<R2年度電気料> 伊藤忠エネクス㈱', '<R2年度電気料> 伊藤忠エネクス㈱', 'isesaki 846: looks like a tag, is content (kept, and > is not a bracket of the space rule)'],
  ['依佐美2期開発の推進 ①企業庁用地造成審査会開催 依頼', '依佐美2期開発の推進 ①企業庁用地造成審査会開催依頼', 'kariya 255: a circled number in running text keeps its space'],
  ['子どもの健康を支える仕事を', '子どもの健康を支える仕事を', 'nothing to do'],
  ['令和７年度', '令和７年度', 'full-width digits are kept as written'],
  ['一步、前進', '一步、前進', 'bucho: variant character kept as written'],
  ['带状疱疹ワクチン', '带状疱疹ワクチン', 'bucho: variant character kept'],
  ['バリアフリ―', 'バリアフリ―', 'kuwana 1520: U+2015 kept'],
];

describe('cleanText', () => {
  it.each(CLEAN)('%s → %s (%s)', (input, want) => {
    expect(cleanText(input)).toBe(want);
  });

  it('keeps paragraph breaks from block tags as "\\n"', () => {
    expect(cleanText('<p>令和5年度は…</p> <p>テレワークや時差出勤…</p>')).toBe('令和5年度は…\nテレワークや時差出勤…');
  });
});

describe('foldLookalikes', () => {
  it.each([
    ['\u2F6C標', '目標', 'Kangxi radical ⽬ U+2F6C → 目'],
    ['\u2F63活', '生活', 'Kangxi radical ⽣ U+2F63 → 生'],
    ['\uF929', '朗', 'CJK compatibility ideograph U+F929 → 朗'],
    ['①（１）～㈱', '①（１）～㈱', 'markers are not NFKC-folded'],
    ['６月\u301C７月', '６月～７月', 'JIS wave dash 〜 from a PDF font → the CP932 ～ the municipal text files use'],
    ['\u2016', '\u2225', 'double vertical line ‖ → ∥ (same JIS character)'],
    // (桑名's title …学校施設のバリアフリ―化の推進, U+2015 in the text; Chromium's PDF names the dash glyph U+2014)
    ['バリアフリ\u2014化', 'バリアフリ\u2015化', 'em dash — → the CP932 horizontal bar ― (same JIS character)'],
    ['\u0336', '\u2015', "IPAex's dash as Chromium names it, a combining long stroke → ―"],
    ['リデュース\u2027リユース', 'リデュース・リユース', 'hyphenation point ‧: Noto CJK JP\'s ・ glyph as Chromium names it'],
    ['\u2329R7\u232A', '〈R7〉', 'technical angle brackets: Noto CJK JP\'s 〈〉 glyphs'],
  ])('%s → %s (%s)', (input, want) => {
    expect(foldLookalikes(input)).toBe(want);
  });
});

describe('stripMarkup', () => {
  it('turns block tags into line breaks and drops list styles', () => {
    expect(stripMarkup('<ul style="list-style-type: none"> ・受付窓口の改修 ・キャッシュレス決済の導入')).toBe('\n ・受付窓口の改修 ・キャッシュレス決済の導入');
  });
});

describe('joinWrappedLines', () => {
  // kuwana 11–17 and 37–43: wraps have no trailing space, a hard line end leaves one.
  const w = (text: string) => ({ text, raw: text });
  it('joins a sentence wrapped at the column edge', () => {
    const lines = [w('① 過去４年間、市の災害対策本部における避難情報の発令実績'), w('がなく、職員の防災意識と市の災害対応能力の低下が懸念さ'), w('す必要がある。 ')];
    expect(joinWrappedLines(lines, 29)).toBe('① 過去４年間、市の災害対策本部における避難情報の発令実績がなく、職員の防災意識と市の災害対応能力の低下が懸念さす必要がある。');
  });
  it('breaks the paragraph after a short line ending in 。 with a trailing space', () => {
    const lines = [w('⑤子どもを犯罪被害から守る「子どもＳＯＳの家」が指定以降'), w('の管理に取り決めがない状況にある。 '), w('また、防災分野をも視野に入れた、自主的な防犯・交通安全'), w('に取り組む組織体制を再編する必要がある。 ')];
    expect(joinWrappedLines(lines, 29).split('\n')).toHaveLength(2);
  });
  it('joins a full-width line that happens to end with a space mid-word (kuwana 808 `取 ` / `組`)', () => {
    const lines = [w('①市内29地区中、18地区でまちづくり協議会が設立。 '), w('未設立地区へは意識醸成を、設立地区へは持続可能な取 '), w('組ができるようサポートを継続')];
    expect(joinWrappedLines(lines, 28)).toBe('①市内29地区中、18地区でまちづくり協議会が設立。\n未設立地区へは意識醸成を、設立地区へは持続可能な取組ができるようサポートを継続');
  });
  it('starts a new paragraph at a ・ sub-bullet', () => {
    expect(joinWrappedLines([w('一層の推進を図る。'), w('・児童生徒自らが考え')], 29)).toBe('一層の推進を図る。\n・児童生徒自らが考え');
  });
});

describe('symbol-font bullets', () => {
  it('Wingdings / Symbol bullets that pdf.js gives as private-use code points read as bullets', () => {
    expect(foldLookalikes('\uF09F 事業の周知')).toBe('・ 事業の周知');
    expect(foldLookalikes('\uF06C重点\uF06E補助\uF0D8次へ')).toBe('●重点■補助➢次へ');
    expect(foldLookalikes('\uE001')).toBe('\uE001'); // other private-use code points stay suspect
  });
});
