import { z } from 'zod';
import { vnText } from '../text/vn-text.js';
import { contentGroups, type ContentGroup } from '../reports/content-groups.js';

/**
 * Editable reference lists, aligned with the national complaints database's catalogues
 * (NĐ 55/2022, BRIEF section 6) so that a later sync needs no remapping: each item may carry
 * the national code it corresponds to.
 */
export const catalogueNames = ['field', 'transfer_target', 'result_type'] as const;
export type CatalogueName = (typeof catalogueNames)[number];

export const catalogueLabels: Record<CatalogueName, string> = {
  field: 'Lĩnh vực của vụ việc',
  transfer_target: 'Nhóm cơ quan nhận đơn chuyển',
  result_type: 'Loại kết quả giải quyết',
};

export const CatalogueItemSchema = z
  .strictObject({
    catalogue: z.enum(catalogueNames, { error: 'Danh mục không hợp lệ.' }),
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9_.-]{1,50}$/, { error: 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (tối đa 50 ký tự).' }),
    name: vnText().min(2, { error: 'Hãy nhập tên mục.' }).max(300),
    parentCode: z.string().trim().max(50).nullish().transform((v) => v || null),
    nationalCode: z.string().trim().max(50).nullish().transform((v) => v || null),
    sortOrder: z.number().int().min(0).max(10000).default(0),
    isActive: z.boolean().default(true),
    /** Fields only: the content column of the statutory forms (02/XLD) a letter of this field counts in; none = "khác". */
    reportContentGroup: z
      .enum(contentGroups, { error: 'Nhóm nội dung trong biểu báo cáo không hợp lệ.' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((item) => item.catalogue === 'field' || item.reportContentGroup === null, {
    path: ['reportContentGroup'],
    message: 'Chỉ lĩnh vực của vụ việc mới có nhóm nội dung trong biểu báo cáo.',
  });
export type CatalogueItem = z.output<typeof CatalogueItemSchema>;

type Seed = Pick<CatalogueItem, 'catalogue' | 'code' | 'name' | 'parentCode' | 'sortOrder'> & { reportContentGroup?: ContentGroup };

/**
 * Starting lists: the report forms' content groups (02/XLD) and the Sở Nội vụ's own fields; national codes are filled in once the national catalogue is obtained.
 * Each field names the 02/XLD content column it counts in: pay, allowances and severance are "chế độ, chính sách"; the
 * department's other administrative matters (staffing, discipline, rewards, religion, archives) are "hành chính khác";
 * corruption is not an administrative field of the form, so it counts in "khác".
 */
export const defaultCatalogueItems: readonly Seed[] = [
  { catalogue: 'field', code: 'hanh_chinh', name: 'Hành chính', parentCode: null, sortOrder: 10, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.che_do_chinh_sach', name: 'Chế độ, chính sách', parentCode: 'hanh_chinh', sortOrder: 11, reportContentGroup: 'admin_policy' },
  { catalogue: 'field', code: 'hanh_chinh.dat_dai_nha_cua', name: 'Đất đai, nhà cửa', parentCode: 'hanh_chinh', sortOrder: 12, reportContentGroup: 'admin_land_housing' },
  { catalogue: 'field', code: 'hanh_chinh.to_chuc_bo_may', name: 'Tổ chức bộ máy, biên chế', parentCode: 'hanh_chinh', sortOrder: 13, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.cong_chuc_vien_chuc', name: 'Tuyển dụng, sử dụng, quản lý cán bộ, công chức, viên chức', parentCode: 'hanh_chinh', sortOrder: 14, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.ky_luat', name: 'Kỷ luật cán bộ, công chức, viên chức', parentCode: 'hanh_chinh', sortOrder: 15, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.thi_dua_khen_thuong', name: 'Thi đua, khen thưởng', parentCode: 'hanh_chinh', sortOrder: 16, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.ton_giao', name: 'Tín ngưỡng, tôn giáo', parentCode: 'hanh_chinh', sortOrder: 17, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.van_thu_luu_tru', name: 'Văn thư, lưu trữ', parentCode: 'hanh_chinh', sortOrder: 18, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'hanh_chinh.khac', name: 'Lĩnh vực hành chính khác', parentCode: 'hanh_chinh', sortOrder: 19, reportContentGroup: 'admin_other' },
  { catalogue: 'field', code: 'tu_phap', name: 'Tư pháp', parentCode: null, sortOrder: 20, reportContentGroup: 'judicial' },
  { catalogue: 'field', code: 'dang_doan_the', name: 'Đảng, đoàn thể', parentCode: null, sortOrder: 30, reportContentGroup: 'party' },
  { catalogue: 'field', code: 'tham_nhung', name: 'Tham nhũng, tiêu cực', parentCode: null, sortOrder: 40, reportContentGroup: 'other' },
  { catalogue: 'field', code: 'khac', name: 'Khác', parentCode: null, sortOrder: 90, reportContentGroup: 'other' },
  { catalogue: 'transfer_target', code: 'quoc_hoi_hdnd', name: 'Quốc hội, Hội đồng nhân dân các cấp', parentCode: null, sortOrder: 10 },
  { catalogue: 'transfer_target', code: 'hanh_chinh', name: 'Cơ quan hành chính nhà nước', parentCode: null, sortOrder: 20 },
  { catalogue: 'transfer_target', code: 'tu_phap_thi_hanh_an', name: 'Cơ quan tư pháp, thi hành án', parentCode: null, sortOrder: 30 },
  { catalogue: 'transfer_target', code: 'kiem_toan', name: 'Kiểm toán Nhà nước', parentCode: null, sortOrder: 40 },
  { catalogue: 'transfer_target', code: 'chinh_tri_xa_hoi', name: 'Tổ chức chính trị - xã hội', parentCode: null, sortOrder: 50 },
  { catalogue: 'transfer_target', code: 'don_vi_su_nghiep_dn', name: 'Đơn vị sự nghiệp công lập, doanh nghiệp nhà nước', parentCode: null, sortOrder: 60 },
  { catalogue: 'transfer_target', code: 'khac', name: 'Cơ quan, tổ chức khác', parentCode: null, sortOrder: 90 },
  { catalogue: 'result_type', code: 'kn_dung', name: 'Khiếu nại đúng', parentCode: null, sortOrder: 10 },
  { catalogue: 'result_type', code: 'kn_dung_mot_phan', name: 'Khiếu nại đúng một phần', parentCode: null, sortOrder: 11 },
  { catalogue: 'result_type', code: 'kn_sai', name: 'Khiếu nại sai', parentCode: null, sortOrder: 12 },
  { catalogue: 'result_type', code: 'tc_dung', name: 'Tố cáo đúng', parentCode: null, sortOrder: 20 },
  { catalogue: 'result_type', code: 'tc_dung_mot_phan', name: 'Tố cáo đúng một phần', parentCode: null, sortOrder: 21 },
  { catalogue: 'result_type', code: 'tc_sai', name: 'Tố cáo sai', parentCode: null, sortOrder: 22 },
];
