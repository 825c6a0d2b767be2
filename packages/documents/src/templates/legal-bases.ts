/**
 * Legal texts cited by the templates, as they are cited in Vietnamese administrative documents: the Laws by
 * their date of passage, decrees and circulars by number, date, issuer and title. Templates that print "Căn cứ"
 * lines take them as input with these as defaults, because the 2026 amendments (BRIEF section 0) will change them.
 */
export const laws = {
  complaints: 'Luật Khiếu nại ngày 11 tháng 11 năm 2011',
  denunciations: 'Luật Tố cáo ngày 12 tháng 6 năm 2018',
  citizenReception: 'Luật Tiếp công dân ngày 25 tháng 11 năm 2013',
  complaintsDecree: 'Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại',
  denunciationsDecree: 'Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo',
  letterHandlingCircular:
    'Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh',
} as const;

/** Short names for references inside sentences ("theo Điều 27 Luật Khiếu nại năm 2011"). */
export const lawShort = {
  complaints: 'Luật Khiếu nại năm 2011',
  denunciations: 'Luật Tố cáo năm 2018',
  citizenReception: 'Luật Tiếp công dân năm 2013',
  letterHandlingCircular: 'Thông tư số 05/2021/TT-TTCP',
  administrativeProcedure: 'Luật Tố tụng hành chính',
} as const;

/** "Căn cứ …;" lines: each ends with ";" except the last, which ends with "," before the "Xét …" line (NĐ 30). */
export const basisLines = (texts: readonly string[], lastMark: ';' | ',' | '.' = ';'): string[] =>
  texts.map((t, i) => `Căn cứ ${t.replace(/^Căn cứ\s+/u, '').replace(/[;.,]+$/u, '')}${i === texts.length - 1 ? lastMark : ';'}`);

export const defaultComplaintDecisionBases = [laws.complaints, laws.complaintsDecree] as const;
export const defaultDenunciationDecisionBases = [laws.denunciations, laws.denunciationsDecree] as const;
