// The general reader's outline and list-table shapes on documents of our own writing
// (fixtures/general/README.md); the expectations are what a reader of each takes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline.js';
import { FIXTURES } from './helpers.js';

describe('outline: 総合戦略 numbered as a hierarchy', () => {
  it('one record per lowest item, headings as categoryPath, never merged across headings', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'senryaku-outline.txt'));
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.recognisedAs])).toEqual([
      [['基本目標１ 地域産業を育て、安定した雇用を創出する', '施策１-① 農業の担い手育成'], 1, '新規就農者への支援', 'numbered-item'],
      [['基本目標１ 地域産業を育て、安定した雇用を創出する', '施策１-① 農業の担い手育成'], 2, '農業法人の設立支援', 'numbered-item'],
      [['基本目標１ 地域産業を育て、安定した雇用を創出する', '施策１-② 観光の振興'], 1, '体験型観光の開発', 'numbered-item'],
      [['基本目標２ 子育て世代が住み続けたい村をつくる', '（１） 子育て支援の充実'], 1, '保育料の軽減', 'numbered-item'],
      [['基本目標２ 子育て世代が住み続けたい村をつくる', '（１） 子育て支援の充実'], 2, '放課後児童クラブの拡充', 'numbered-item'],
      [['基本目標２ 子育て世代が住み続けたい村をつくる'], 2, '教育環境の整備', 'numbered-item'],
    ]);
    expect(doc.records[0]!.fields.content).toBe('就農相談から農地のあっせんまで一貫して支援する。');
    expect(doc.records[1]!.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.unit])).toEqual([['新規就農者数', 2025, 15, '人']]);
    // page numbers and the running header are furniture, not item text
    expect(doc.records.some((r) => /総合戦略|- 1 -/.test(r.fields.content ?? ''))).toBe(false);
  });
});

describe('list table: one record per row, columns by their header labels', () => {
  it('reads rows across pages, joins a wrapped cell, keeps grades and sections', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'torikumi-list.txt'));
    expect(doc.records.map((r) => [r.number, r.title, r.sections, r.result?.label ?? null, r.recognisedAs])).toEqual([
      [1, '窓口のオンライン化', ['情報政策課'], '◎', 'table-row'],
      [2, '公共施設の再編', ['企画課'], '△', 'table-row'],
      [3, '補助金の見直し', ['財政課'], '○', 'table-row'],
    ]);
    expect(doc.records[0]!.department).toBe('総務部');
    expect(doc.records[0]!.fields.content).toBe('申請手続を電子化し、来庁を不要とする。');
  });
});
