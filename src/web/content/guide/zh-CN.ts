import type { GuideContent } from './types.js';

const guide: GuideContent = {
  title: '{{term:toBeSuppliers}}',
  intro:
    '本指南介绍如何在Buttress Roots平台成为供应商，内容包括注册账号、完成供应商认证、管理品牌和产品，以及处理订单、合同与发票。',
  sections: [
    {
      id: 's1',
      number: '1',
      title: '用户注册',
      body: [],
      children: [
        {
          id: 's1-1',
          number: '1.1',
          title: '注册账号',
          body: ['使用平台前，请先注册账号：点击{{term:login}}，再点击{{term:register}}。'],
        },
        {
          id: 's1-2',
          number: '1.2',
          title: '填写注册信息',
          body: [
            '在{{term:register}}页面，按照提示设置账号和密码，填写邮箱地址，正确输入验证码，并勾选{{term:readAndAgree}}{{term:userAgreement}}，即可完成注册。',
          ],
        },
        {
          id: 's1-3',
          number: '1.3',
          title: '登录账号',
          body: ['在{{term:login}}页面，正确输入刚刚注册的用户名和密码，即可登录。'],
        },
        {
          id: 's1-4',
          number: '1.4',
          title: '找回密码',
          body: [
            '如忘记密码，请在{{term:login}}页面点击{{term:forgotPassword}}，在新页面中输入注册时填写的邮箱地址并点击{{term:submit}}，然后按照邮箱收到的系统提示重置密码。',
          ],
        },
      ],
    },
    {
      id: 's2',
      number: '2',
      title: '{{term:supplierAuthentication}}',
      body: [],
      children: [
        {
          id: 's2-1',
          number: '2.1',
          title: '提交认证资料',
          body: [
            '在{{term:login}}页面输入账号和密码，登录成功后，在{{term:personalCenter}}中选择{{term:supplierAuthentication}}，填写企业详细信息并上传相关资料，点击{{term:nextStep}}。确认信息无误后提交，等待系统审核，审核通常需要1-3个工作日。',
          ],
        },
        {
          id: 's2-2',
          number: '2.2',
          title: '认证完成',
          body: [
            '认证通过后，{{term:personalCenter}}中的{{term:supplierAuthentication}}将更新为{{term:supplier}}。点击{{term:supplier}}，即可上传产品信息、完善企业信息，并与采购商正常开展交易。',
          ],
        },
      ],
    },
    {
      id: 's3',
      number: '3',
      title: '品牌管理',
      body: [
        '供应商上传产品前，需先进行品牌认证。在{{term:supplierManagement}}页面点击{{term:licensedBrands}}，并根据拟上传产品的实际情况选择{{term:privateBrands}}或{{term:agencyBrands}}。',
      ],
      children: [
        {
          id: 's3-1',
          number: '3.1',
          title: '{{term:privateBrands}}',
          body: [
            '在{{term:privateBrands}}页面点击{{term:newBrand}}，如实填写品牌信息，确认无误后提交，等待系统审核。系统审核通常需要1-3个工作日。',
          ],
        },
        {
          id: 's3-2',
          number: '3.2',
          title: '{{term:agencyBrands}}',
          body: [
            '在{{term:agencyBrands}}页面点击{{term:newAgencyBrand}}，如实填写品牌信息并上传品牌授权证书，确认无误后提交，等待系统审核。系统审核通常需要1-3个工作日。',
          ],
        },
      ],
    },
    {
      id: 's4',
      number: '4',
      title: '{{term:productManagement}}',
      body: ['产品信息由文字和图片组成，详尽的产品信息有助于供应商更加便捷、高效地获得采购商的订单。'],
      children: [
        {
          id: 's4-1',
          number: '4.1',
          title: '进入{{term:productManagement}}页面',
          body: ['在{{term:productManagement}}页面点击{{term:newProducts}}，进入产品上传页面。'],
        },
        {
          id: 's4-2',
          number: '4.2',
          title: '编辑产品信息',
          body: [
            '在{{term:newProduct}}页面，供应商可根据产品特点上传产品的基本信息。平台目前支持中文、英文、俄文和西班牙文四种语言版本，其中中文和英文产品信息为必填项。如暂无俄文和西班牙文产品信息，可先上传英文版本，之后再补充其他语言版本。',
          ],
        },
        {
          id: 's4-3',
          number: '4.3',
          title: '提交产品信息',
          body: [
            '产品信息编辑完成后，点击{{term:submit}}。考虑到产品编辑和上下架的灵活性，产品信息由供应商自行管理和审核，供应商应确保所填信息真实、合法。',
          ],
        },
        {
          id: 's4-4',
          number: '4.4',
          title: '产品上下架',
          body: [
            '所有已提交的产品信息均会显示在{{term:productManagement}}页面。点击{{term:unavailable}}，即可在弹出窗口中确认是否上架该产品。如需重新编辑或下架产品，操作步骤与此类似。请根据实际情况管理全部产品信息。',
          ],
        },
      ],
    },
    {
      id: 's5',
      number: '5',
      title: '{{term:orderManagement}}',
      body: [
        '采购商看到供应商的产品信息后，前期通常会通过邮件或电话与供应商沟通，后期平台将提供更加便捷的沟通窗口。双方沟通确认无误后，采购商即可下单。供应商确认订单相关信息后，买卖双方方可继续进行交易。',
      ],
      children: [
        {
          id: 's5-1',
          number: '5.1',
          title: '完善订单信息',
          body: [
            '采购商提交订单后，供应商将收到邮件提醒，并可在{{term:orderManagement}}页面看到状态为{{term:waitingForPerfection}}的订单。点击{{term:viewDetails}}，在新页面中完善订单信息和产品价格。',
          ],
        },
        {
          id: 's5-2',
          number: '5.2',
          title: '合同管理',
          body: [
            '平台将根据买卖双方的交易信息自动生成合同。供应商可在{{term:orderManagement}}页面下载、查看合同并完善合同信息，确认无误后签字、盖章并上传合同。',
          ],
        },
        {
          id: 's5-3',
          number: '5.3',
          title: '发票管理',
          body: [],
          children: [
            {
              id: 's5-3-1',
              number: '5.3.1',
              title: '国内交易',
              body: [
                '对于国内交易，如采购商需要发票，供应商需根据开票信息开具相应发票。开票信息详情请查看{{term:orderManagement}}页面中的{{term:invoiceAndContract}}栏目。',
              ],
            },
            {
              id: 's5-3-2',
              number: '5.3.2',
              title: '出口贸易',
              body: [
                '对于出口贸易，系统将自动生成英文版发票。发票信息详情请查看{{term:orderManagement}}页面中的{{term:invoiceAndContract}}栏目。供应商需确认发票信息准确无误。',
              ],
            },
          ],
        },
        {
          id: 's5-4',
          number: '5.4',
          title: '订单状态跟踪',
          body: [
            '订单的执行状态会及时更新。供应商可在{{term:orderManagement}}页面点击{{term:viewDetails}}，跟踪订单的最新进展。',
          ],
        },
      ],
    },
  ],
};

export default guide;
