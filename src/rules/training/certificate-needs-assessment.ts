/**
 * A certificate (证书) says the holder passed. 建设工程质量管理条例 Art. 33 sets the standard
 * for the contractor's own people (no work without training and a passed assessment); a
 * certificate we hand the client's staff without an assessment and a real pass mark
 * certifies nothing and misleads the client about who is fit to operate the system.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'training/certificate-needs-assessment',
    severity: 'error',
    title: 'A course awards a certificate without an assessment and pass mark',
    source: 'DOMAIN.md check 12: a certificate only with an assessment and pass mark; 建设工程质量管理条例 Art. 33',
    messages: {
      noAssessment:
        'The course "{{course}}" awards a certificate (证书) but has no assessment (考核); a certificate attests that its holder passed, and without an assessment nobody has.',
      zeroPassMark:
        'The course "{{course}}" awards a certificate (证书) on an assessment with a pass mark of 0, which everyone passes; the certificate would attest nothing.',
    },
  },
  check(model, ctx) {
    for (const course of model.entries.courses) {
      const d = course.data;
      ctx.examined();
      if (!d.certificate) continue;
      if (!d.assessment) {
        ctx.report({
          messageId: 'noAssessment',
          data: { course: course.id },
          location: course.locate(['certificate']),
          hint: 'Add `assessment: { method: …, passMark: … }` (e.g. a practical test, pass mark 60), or set `certificate: false`.',
        });
      } else if (d.assessment.passMark === 0) {
        ctx.report({
          messageId: 'zeroPassMark',
          data: { course: course.id },
          location: course.locate(['assessment', 'passMark']),
          related: [{ location: course.locate(['certificate']), message: 'the certificate' }],
          hint: 'Set the pass mark the trainee must reach (e.g. 60 of 100), or set `certificate: false`.',
        });
      }
    }
  },
});
